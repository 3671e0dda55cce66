package cn.screening.workstation.service;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.ScreeningResult;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Registers a suspected case: the same rules as every other entry path, a duplicate check, then
 * the patient, the case, their outbox entries and audit lines in one transaction.
 */
public final class CaseRegistration implements Registrar {

    public static final String HEMOPHILIA = "HEMOPHILIA";

    private final Workspace ws;
    private final RuleBook rules;
    private final ZoneId zone;

    public CaseRegistration(Workspace ws, RuleBook rules, ZoneId zone) {
        this.ws = ws;
        this.rules = rules;
        this.zone = zone;
    }

    /** Checks a patient as the form or an import row gives it (ID as typed, so a 15-digit upgrade is reported). */
    public ValidationResult check(Patient patient) {
        LocalDate today = LocalDate.ofInstant(ws.database().clock().instant(), zone);
        return rules.patientRules().validate(patient, ws.session().site().countyCode(), today);
    }

    /** Upper-case X, full-width digits folded, 15-digit numbers upgraded: the form in which IDs are stored. */
    public static Patient normalised(Patient p) {
        if (p.idType() != IdType.RESIDENT_ID || p.idNumber() == null) {
            return p;
        }
        String id = IdNumber.parse(p.idNumber()).value();
        return new Patient(p.id(), p.name() == null ? null : p.name().trim(), p.idType(), id, p.sex(), p.birthDate(),
                p.ethnicityCode(), p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta());
    }

    @Override
    public RegistrationOutcome register(RegistrationRequest req) {
        ws.session().require(Permission.REGISTER);
        Optional<Patient> existing = req.existingPatientId() == null ? Optional.empty()
                : ws.database().read(tx -> ws.patients().findById(tx, req.existingPatientId()));
        Patient patient = existing.orElseGet(() -> normalised(req.patient()));
        ValidationResult result = existing.isPresent() ? ValidationResult.OK : check(req.patient());
        result = result.and(checkDisease(req.diseaseCode()));
        ScreeningResult screening = null;
        if (HEMOPHILIA.equals(req.diseaseCode())) {
            if (req.screening() == null) {
                result = result.and(new ValidationResult(List.of(Violation.error("triggers", "registration.screening.required"))));
            } else {
                screening = rules.classifier().classify(req.screening(), patient.sex());
                result = result.and(screening.violations());
            }
        }
        if (result.hasErrors()) {
            return new RegistrationOutcome.Invalid(result);
        }
        if (existing.isEmpty()) {
            Optional<Patient> twin = ws.database().read(tx -> ws.patients().findByIdentity(tx, patient.idType(), patient.idNumber()));
            if (twin.isPresent()) {
                return duplicate(twin.get());
            }
            result = result.and(lookalikes(patient));
        }
        if (result.hasWarnings() && !req.warningsAcknowledged()) {
            return new RegistrationOutcome.NeedsAcknowledgement(new ValidationResult(result.warnings()));
        }
        return save(req, patient, existing.isPresent(), screening, result);
    }

    private RegistrationOutcome save(RegistrationRequest req, Patient patient, boolean patientExists, ScreeningResult screening,
                                     ValidationResult warnings) {
        HemophiliaScreening form = screening == null ? null : req.screening().withClassification(screening.cls());
        var session = ws.session();
        return ws.database().write(session.actor(), tx -> {
            Patient stored = patient;
            if (!patientExists) {
                // checked again inside the write: another window may have registered the same ID meanwhile
                Optional<Patient> twin = ws.patients().findByIdentity(tx, patient.idType(), patient.idNumber());
                if (twin.isPresent()) {
                    return duplicate(twin.get());
                }
                stored = ws.patients().insert(tx, withNewId(patient, session.site().siteCode()));
            }
            String caseNo = nextCaseNumber(tx);
            ScreeningCase c = new ScreeningCase(RecordIds.next(), stored.id(), req.diseaseCode(), CaseStatus.SUSPECTED,
                    stored.address() == null ? null : stored.address().townshipCode(), session.site().siteCode(),
                    session.user().username(), tx.now(), form, null);
            ScreeningCase saved = ws.cases().insert(tx, caseNo, c);
            return new RegistrationOutcome.Saved(saved.id(), caseNo, stored.id(), screening, new ValidationResult(warnings.warnings()));
        });
    }

    private String nextCaseNumber(Tx tx) throws SQLException {
        int year = LocalDate.ofInstant(tx.now(), zone).getYear();
        long n = ws.numbers().next(tx, "case-" + year);
        return String.format("%s-%d-%05d", ws.session().site().siteCode(), year, n);
    }

    private ValidationResult checkDisease(String code) {
        if (code == null || !rules.diseases().isActive(code)) {
            return new ValidationResult(List.of(Violation.error("disease", "registration.disease.unknown")));
        }
        return ValidationResult.OK;
    }

    private ValidationResult lookalikes(Patient p) {
        if (p.birthDate() == null || p.address() == null || p.address().townshipCode() == null) {
            return ValidationResult.OK;
        }
        int n = ws.database().read(tx -> ws.patients().findLookalikes(tx, p.name(), p.birthDate(), p.address().townshipCode())).size();
        return n == 0 ? ValidationResult.OK
                : new ValidationResult(List.of(Violation.warning("name", "registration.lookalike", n)));
    }

    private static RegistrationOutcome duplicate(Patient twin) {
        return new RegistrationOutcome.DuplicateIdentity(twin.id(), Masking.name(twin.name()), Masking.idNumber(twin.idNumber()));
    }

    static Patient withNewId(Patient p, String siteCode) {
        return new Patient(p.id() != null ? p.id() : RecordIds.next(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                p.ethnicityCode(), p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(),
                p.registeredSite() != null ? p.registeredSite() : siteCode, p.meta());
    }
}
