package cn.screening.workstation.domain.registry;

import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.FactorActivity;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.LabResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry entry a lab's confirmed result makes (DOMAIN §3): HA, HB or VWD enrol the patient;
 * an exclusion enrols nobody. The entry's id comes from the patient, so every enrolment of one
 * patient, wherever and however often it is made, names the same record.
 */
public final class Enrolment {

    private Enrolment() {
    }

    /** The one registry record a patient may have. */
    public static UUID idFor(UUID patientId) {
        return UUID.nameUUIDFromBytes(("registry:" + patientId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The type a confirmed diagnosis enrols as, or empty when it enrols nobody. */
    public static Optional<HemophiliaType> typeOf(Diagnosis d) {
        if (d == null) {
            return Optional.empty();
        }
        return switch (d) {
            case HEMOPHILIA_A -> Optional.of(HemophiliaType.HA);
            case HEMOPHILIA_B -> Optional.of(HemophiliaType.HB);
            case SUSPECTED_VWD -> Optional.of(HemophiliaType.VWD);
            case EXCLUDED -> Optional.empty();
        };
    }

    /** The registry's class of the lab's confirmed class; borderline and normal have none. */
    public static Severity severityOf(HemophiliaSeverity s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case SEVERE -> Severity.SEVERE;
            case MODERATE -> Severity.MODERATE;
            case MILD -> Severity.MILD;
            case BORDERLINE, NORMAL -> null;
        };
    }

    /** The factor that defines the type: FVIII for A, FIX for B; vWF:Ag for VWD. */
    public static Double baselineFactor(LabResult r, HemophiliaType type) {
        FactorActivity f = switch (type) {
            case HA -> r.fviii();
            case HB -> r.fix();
            default -> null;
        };
        if (f != null) {
            return f.comparable().doubleValue();
        }
        return type == HemophiliaType.VWD && r.vwfAg() != null ? r.vwfAg().doubleValue() : null;
    }

    /**
     * The entry for a confirmed result of a patient's case, owned by {@code site}; empty when the
     * result is not confirmed or excludes.
     */
    public static Optional<RegistryEntry> fromResult(LabResult r, UUID patientId, String site, LocalDate confirmedOn) {
        if (!r.confirmed()) {
            return Optional.empty();
        }
        return typeOf(r.diagnosis()).map(type -> {
            List<InhibitorTitre> titres = r.bethesdaBu() == null ? List.of()
                    : List.of(new InhibitorTitre(confirmedOn, r.bethesdaBu().doubleValue(), "Bethesda"));
            return new RegistryEntry(idFor(patientId), patientId, r.caseId(), site, type, severityOf(r.severity()),
                    baselineFactor(r, type), confirmedOn, r.labSite(), titres, null, null);
        });
    }
}
