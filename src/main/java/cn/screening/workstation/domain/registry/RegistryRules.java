package cn.screening.workstation.domain.registry;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** What a registry entry must hold (DOMAIN §3, §8 rules 11 and 16). */
public final class RegistryRules {

    private RegistryRules() {
    }

    public static ValidationResult check(RegistryEntry e) {
        List<Violation> out = new ArrayList<>();
        if (e.type() == null) {
            out.add(Violation.error("type", "registry.type.required"));
        }
        if (e.confirmedOn() == null) {
            out.add(Violation.error("confirmedOn", "registry.confirmed_on.required"));
        }
        if (e.baselineFactorPct() != null && (e.baselineFactorPct() < 0 || e.baselineFactorPct() > 300)) {
            out.add(Violation.error("baselineFactorPct", "registry.factor.range"));
        }
        if (e.inhibitorTitres().stream().anyMatch(t -> t.buPerMl() < 0 || t.date() == null)) {
            out.add(Violation.error("inhibitorTitres", "registry.titre.invalid"));
        }
        return new ValidationResult(out);
    }

    /** The entry names a patient this workstation does not hold. */
    public static Violation unknownPatient() {
        return Violation.error("patientId", "registry.patient.required");
    }
}
