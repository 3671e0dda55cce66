package cn.screening.workstation.domain.patient;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.reference.Ethnicity;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.domain.identity.IdNumberRules;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a patient's demographics before registration (DOMAIN §8 rules 1–5 and 7–10, plus formats). */
public final class PatientRules {

    /** PIPL Art. 31: below this age a guardian consents for the child. */
    public static final int GUARDIAN_AGE = 14;
    private static final int MAX_OTHER_ID_LENGTH = 30;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    // Chinese characters, Latin letters, the middle dot of minority and foreign names, inner spaces
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z]([\\p{IsHan}A-Za-z·•・ ]*[\\p{IsHan}A-Za-z])?");

    private final IdNumberRules idRules;
    private final PatientAddressRules addressRules;

    public PatientRules(DivisionCatalogue divisions, IdNumberPolicy policy) {
        this.idRules = new IdNumberRules(divisions, policy);
        this.addressRules = new PatientAddressRules(divisions);
    }

    /**
     * @param siteCountyCode the 6-digit county of the registering site, null to skip the county warning
     * @param today          the day of registration, for ages and birth dates
     */
    public ValidationResult validate(Patient patient, String siteCountyCode, LocalDate today) {
        return validate(patient, siteCountyCode, today, false);
    }

    // consentRequired: the server's judgement; a workstation registers a minor whose consent follows (held back)
    private ValidationResult validate(Patient patient, String siteCountyCode, LocalDate today, boolean consentRequired) {
        List<Violation> found = new ArrayList<>();
        checkName(patient.name(), found);
        return new ValidationResult(found)
                .and(checkIdentity(patient, today))
                .and(checkDemographics(patient, today))
                .and(checkGuardian(patient, today, consentRequired))
                .and(addressRules.validate(patient.address(), siteCountyCode));
    }

    /**
     * What every stored patient must satisfy however it came in: {@link #validate} less the two gaps
     * a poverty-relief list leaves and the import accepts (no ethnicity column; a township renamed
     * since, kept as address text). The provincial server judges pushed patients by this, and here a
     * minor's guardian must have consented (rule 10; the workstation holds such a record back until then).
     */
    public ValidationResult validateRecord(Patient patient, String siteCountyCode, LocalDate today) {
        return new ValidationResult(validate(patient, siteCountyCode, today, true).violations().stream()
                .filter(v -> !isListGap(patient, v)).toList());
    }

    /** Whether {@code v} is only a field an imported list could not give. */
    public static boolean isListGap(Patient patient, Violation v) {
        if (!v.messageKey().equals("common.required")) {
            return false;
        }
        Address address = patient.address();
        return v.field().equals("ethnicity")
                || v.field().equals("township") && address != null && address.detail() != null && !address.detail().isBlank();
    }

    private static void checkName(String name, List<Violation> found) {
        String stripped = name == null ? "" : name.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (stripped.isEmpty()) {
            found.add(Violation.error("name", "common.required"));
        } else if (length < 2 || length > 30) {
            found.add(Violation.error("name", "patient.name_length"));
        } else if (!NAME.matcher(stripped).matches()) {
            found.add(Violation.error("name", "patient.name_characters"));
        }
    }

    private ValidationResult checkIdentity(Patient patient, LocalDate today) {
        if (patient.idType() == null) {
            return new ValidationResult(List.of(Violation.error("id_type", "code.out_of_domain")));
        }
        if (patient.idType() == IdType.RESIDENT_ID) {
            return idRules.validate(patient.idNumber(), today)
                    .and(idRules.matchesPerson(patient.idNumber(), patient.sex(), patient.birthDate()));
        }
        String number = patient.idNumber() == null ? "" : patient.idNumber().strip();
        if (number.isEmpty()) {
            return new ValidationResult(List.of(Violation.error(IdNumberRules.FIELD, "common.required")));
        }
        if (number.length() > MAX_OTHER_ID_LENGTH) {
            return new ValidationResult(List.of(Violation.error(IdNumberRules.FIELD, "patient.id_number_too_long")));
        }
        return ValidationResult.OK;
    }

    private static ValidationResult checkDemographics(Patient patient, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (patient.sex() == null) {
            found.add(Violation.error("sex", "common.required"));
        }
        LocalDate birth = patient.birthDate();
        if (birth == null) {
            found.add(Violation.error("birth_date", "common.required"));
        } else if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            found.add(Violation.error("birth_date", "patient.birth_date_invalid"));
        }
        String ethnicity = patient.ethnicityCode();
        if (ethnicity == null || ethnicity.isBlank()) {
            found.add(Violation.error("ethnicity", "common.required"));
        } else if (!Ethnicity.isKnownCode(ethnicity.strip())) {
            found.add(Violation.error("ethnicity", "code.out_of_domain"));
        }
        if (patient.phone() != null && !patient.phone().isBlank() && !PhoneNumber.isValid(patient.phone())) {
            found.add(Violation.error("phone", "patient.phone_format"));
        }
        if (patient.povertyStatus() == null) {
            found.add(Violation.error("poverty_status", "common.required"));
        }
        if (patient.insurance() == null) {
            found.add(Violation.error("insurance", "common.required"));
        }
        return new ValidationResult(found);
    }

    /**
     * Rule 10: under 14 a guardian is registered and has consented. Without the consent yet the
     * workstation registers with a warning (the record stays there until it is recorded); the server refuses.
     */
    private static ValidationResult checkGuardian(Patient patient, LocalDate today, boolean consentRequired) {
        if (!isMinor(patient, today)) {
            return checkGuardianPhone(patient.guardian());
        }
        Guardian guardian = patient.guardian();
        if (guardian == null || guardian.name() == null || guardian.name().isBlank() || !guardian.consentGiven() && consentRequired) {
            return new ValidationResult(List.of(Violation.error("guardian", "patient.guardian_required")));
        }
        ValidationResult phone = checkGuardianPhone(guardian);
        return guardian.consentGiven() ? phone
                : phone.and(new ValidationResult(List.of(Violation.warning("guardian", "patient.guardian_consent_pending"))));
    }

    /** A consent recorded after registration: who signed, and a day not after {@code today}. */
    public static ValidationResult checkConsent(String guardianName, LocalDate consentDate, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (guardianName == null || guardianName.isBlank()) {
            found.add(Violation.error("guardian", "common.required"));
        }
        if (consentDate == null || consentDate.isAfter(today)) {
            found.add(Violation.error("guardian", "patient.consent_date_invalid"));
        }
        return new ValidationResult(found);
    }

    /** Under {@link #GUARDIAN_AGE} on {@code today}, by the birth date or else the one the resident ID encodes. */
    public static boolean isMinor(Patient patient, LocalDate today) {
        LocalDate birth = birthDateOf(patient);
        return birth != null && !birth.isAfter(today) && Age.yearsOn(birth, today) < GUARDIAN_AGE;
    }

    /** A minor whose guardian has not consented yet: their records do not leave the workstation. */
    public static boolean awaitsConsent(Patient patient, LocalDate today) {
        return isMinor(patient, today) && (patient.guardian() == null || !patient.guardian().consentGiven());
    }

    private static ValidationResult checkGuardianPhone(Guardian guardian) {
        if (guardian == null || guardian.phone() == null || guardian.phone().isBlank() || PhoneNumber.isValid(guardian.phone())) {
            return ValidationResult.OK;
        }
        return new ValidationResult(List.of(Violation.error("guardian", "patient.phone_format")));
    }

    // the typed date, or the one a resident ID encodes, so a missing date still protects a child
    private static LocalDate birthDateOf(Patient patient) {
        if (patient.birthDate() != null) {
            return patient.birthDate();
        }
        if (patient.idType() == IdType.RESIDENT_ID) {
            return IdNumber.parse(patient.idNumber()).birthDate().orElse(null);
        }
        return null;
    }
}
