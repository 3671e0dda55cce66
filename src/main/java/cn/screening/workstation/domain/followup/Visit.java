package cn.screening.workstation.domain.followup;

import cn.screening.workstation.domain.RecordIds;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One follow-up attempt. A visit where the patient was not reached counts as a failed attempt.
 *
 * @param targetJoints the joints the visit found to be target joints
 * @param factorUse    factor used since the last visit, e.g. "rFVIII 1000 IU ×6"
 */
public record Visit(
        UUID id,
        LocalDate date,
        VisitMode mode,
        boolean reached,
        String by,
        List<BleedEpisode> bleeds,
        String jointStatus,
        List<String> targetJoints,
        String factorUse,
        String notes) {

    public Visit {
        bleeds = bleeds == null ? List.of() : List.copyOf(bleeds);
        targetJoints = targetJoints == null ? List.of() : List.copyOf(targetJoints);
    }

    /** An attempt that did not reach the patient. */
    public static Visit failedAttempt(LocalDate date, VisitMode mode, String by, String notes) {
        return new Visit(RecordIds.next(), date, mode, false, by, List.of(), null, List.of(), null, notes);
    }
}
