package cn.screening.workstation.domain.registry;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A confirmed hemophilia patient in the registry (DOMAIN §3): diagnosis, inhibitor history and
 * treatment. Bleeds and joints come from the follow-up visits. Owned by the site responsible for
 * the patient.
 *
 * @param confirmedBy the hospital that confirmed the diagnosis
 */
public record RegistryEntry(
        UUID id,
        UUID patientId,
        UUID caseId,
        String site,
        HemophiliaType type,
        Severity severity,
        Double baselineFactorPct,
        LocalDate confirmedOn,
        String confirmedBy,
        List<InhibitorTitre> inhibitorTitres,
        TreatmentRegimen regimen,
        SyncMeta meta) implements Synced<RegistryEntry> {

    public RegistryEntry {
        inhibitorTitres = inhibitorTitres == null ? List.of() : List.copyOf(inhibitorTitres);
    }

    @Override
    public RegistryEntry withMeta(SyncMeta m) {
        return new RegistryEntry(id, patientId, caseId, site, type, severity, baselineFactorPct, confirmedOn, confirmedBy,
                inhibitorTitres, regimen, m);
    }

    public Optional<InhibitorTitre> lastTitre() {
        return inhibitorTitres.stream().max(java.util.Comparator.comparing(InhibitorTitre::date));
    }

    /** Ever positive for an inhibitor. */
    public boolean inhibitorHistory() {
        return inhibitorTitres.stream().anyMatch(InhibitorTitre::positive);
    }

    public Optional<Double> peakTitre() {
        return inhibitorTitres.stream().map(InhibitorTitre::buPerMl).max(Double::compare);
    }
}
