package cn.screening.workstation.domain.identity;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules 1–5, 7 and 8 of DOMAIN §8 for a resident ID number. Rule 6 (unique) needs the store. */
public final class IdNumberRules {

    public static final String FIELD = "id_number";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final DivisionCatalogue divisions;
    private final IdNumberPolicy policy;

    public IdNumberRules(DivisionCatalogue divisions, IdNumberPolicy policy) {
        this.divisions = divisions;
        this.policy = policy;
    }

    /** Checks the number as typed; {@code today} bounds the birth date. */
    public ValidationResult validate(String typed, LocalDate today) {
        IdNumber id = IdNumber.parse(typed);
        List<Violation> found = new ArrayList<>();
        if (id.value().isEmpty()) {
            return new ValidationResult(List.of(Violation.error(FIELD, "common.required")));
        }
        if (id.upgradedFromLegacy()) {
            found.add(Violation.warning(FIELD, "id.upgraded", id.value()));
        }
        if (!id.isWellFormed()) {
            found.add(Violation.error(FIELD, "id.format"));
            return new ValidationResult(found);
        }
        if (!id.hasValidCheckCharacter()) {
            found.add(Violation.error(FIELD, "id.checksum"));
        }
        LocalDate birth = id.birthDate().orElse(null);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            found.add(Violation.error(FIELD, "id.birth_date"));
        }
        if (!hasSpecialPrefix(id)) {
            if (!divisions.isKnownProvince(id.provinceCode())) {
                found.add(Violation.error(FIELD, "id.province"));
            } else if (!divisions.isKnownCounty(id.addressCode())) {
                // codes are retired, never reused: an old county code can still be a real person's
                found.add(Violation.warning(FIELD, "id.county_unknown", id.addressCode()));
            }
        }
        return new ValidationResult(found);
    }

    /** Rule 8: the typed sex and birth date must be the ones the number encodes. */
    public ValidationResult matchesPerson(String typed, Sex sex, LocalDate birthDate) {
        IdNumber id = IdNumber.parse(typed);
        if (!id.hasValidCheckCharacter()) {
            return ValidationResult.OK;
        }
        List<Violation> found = new ArrayList<>();
        if (birthDate != null && id.birthDate().filter(birthDate::equals).isEmpty()) {
            found.add(Violation.error("birth_date", "id.birth_date_mismatch"));
        }
        if (sex != null && id.sex().filter(sex::equals).isEmpty()) {
            found.add(Violation.error("sex", "id.sex_mismatch"));
        }
        return new ValidationResult(found);
    }

    /** A residence permit or foreign permanent-residence number, whose address code is no county. */
    public boolean hasSpecialPrefix(IdNumber id) {
        String value = id.value();
        if (policy.permitPrefixes().stream().anyMatch(value::startsWith)) {
            return true;
        }
        return policy.foreignPermanentResidence() && value.startsWith("9") && value.length() > 3
                && divisions.isKnownProvince(value.substring(1, 3));
    }
}
