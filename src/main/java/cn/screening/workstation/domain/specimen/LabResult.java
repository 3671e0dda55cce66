package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The designated hospital's result for one sample, owned by the lab and addressed to the site that
 * drew it. The raw numbers are kept; the class and suggestion derived from them beside; the lab's
 * confirmed diagnosis is null until it confirms.
 *
 * @param vwfNotDoneReason why vWF:Ag was not measured (rule 15), when it was not
 * @param bethesdaBu       inhibitor titre, BU/mL; null when not titrated
 * @param overrideReason   why the confirmed class differs from the derived one (rule 12)
 */
public record LabResult(
        UUID id,
        UUID sampleId,
        String sampleNo,
        UUID caseId,
        String caseNo,
        String labSite,
        String countySite,
        FactorActivity fviii,
        FactorActivity fix,
        AssayMethod method,
        BigDecimal vwfAg,
        String vwfNotDoneReason,
        InhibitorScreen inhibitorScreen,
        BigDecimal bethesdaBu,
        HemophiliaSeverity derivedSeverity,
        Diagnosis suggestedDiagnosis,
        boolean inhibitorPositive,
        boolean highTitre,
        boolean needsReview,
        Diagnosis diagnosis,
        HemophiliaSeverity severity,
        String overrideReason,
        Instant enteredAt,
        String enteredBy,
        Instant confirmedAt,
        String confirmedBy,
        SyncMeta meta) implements Synced<LabResult> {

    public static UUID idFor(UUID sampleId) {
        return UUID.nameUUIDFromBytes(("result:" + sampleId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public boolean confirmed() {
        return confirmedAt != null && diagnosis != null;
    }

    public LabResult confirmedAs(Diagnosis d, HemophiliaSeverity s, String reason, Instant at, String by) {
        return new LabResult(id, sampleId, sampleNo, caseId, caseNo, labSite, countySite, fviii, fix, method, vwfAg,
                vwfNotDoneReason, inhibitorScreen, bethesdaBu, derivedSeverity, suggestedDiagnosis, inhibitorPositive, highTitre,
                needsReview, d, s, reason, enteredAt, enteredBy, at, by, meta);
    }

    public LabResult withMeta(SyncMeta m) {
        return new LabResult(id, sampleId, sampleNo, caseId, caseNo, labSite, countySite, fviii, fix, method, vwfAg,
                vwfNotDoneReason, inhibitorScreen, bethesdaBu, derivedSeverity, suggestedDiagnosis, inhibitorPositive, highTitre,
                needsReview, diagnosis, severity, overrideReason, enteredAt, enteredBy, confirmedAt, confirmedBy, m);
    }
}
