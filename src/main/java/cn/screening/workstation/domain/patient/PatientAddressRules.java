package cn.screening.workstation.domain.patient;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.division.DivisionLevel;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The patient's township and village against the bundled division table. */
final class PatientAddressRules {

    private final DivisionCatalogue divisions;

    PatientAddressRules(DivisionCatalogue divisions) {
        this.divisions = divisions;
    }

    ValidationResult validate(Address address, String siteCountyCode) {
        String township = address == null ? null : address.townshipCode();
        if (township == null || township.isBlank()) {
            return new ValidationResult(List.of(Violation.error("township", "common.required")));
        }
        Optional<Division> known = divisions.find(township).filter(d -> d.level() == DivisionLevel.TOWNSHIP);
        if (known.isEmpty()) {
            return new ValidationResult(List.of(Violation.error("township", "patient.township_unknown")));
        }
        List<Violation> found = new ArrayList<>();
        if (siteCountyCode != null && !siteCountyCode.equals(address.countyCode())) {
            // patients do cross county lines; the case then belongs to another county's ledger
            found.add(Violation.warning("township", "patient.township_outside_county"));
        }
        String village = address.villageCode();
        boolean villagesBundled = !divisions.villages(township).isEmpty();
        if (village != null && !village.isBlank() && villagesBundled
                && divisions.villages(township).stream().noneMatch(v -> v.code().equals(village))) {
            found.add(Violation.error("village", "patient.village_unknown"));
        }
        return new ValidationResult(found);
    }
}
