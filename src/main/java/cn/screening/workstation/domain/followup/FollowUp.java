package cn.screening.workstation.domain.followup;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A patient's follow-up schedule at the site responsible for them, with its visits. Owned by that
 * site; only it writes the record.
 *
 * @param referralId     the referral whose back-referral started it, or null
 * @param failedAttempts failed attempts in a row since the patient was last reached
 */
public record FollowUp(
        UUID id,
        UUID patientId,
        UUID caseId,
        UUID referralId,
        String site,
        FollowUpKind kind,
        int intervalMonths,
        LocalDate nextDue,
        int failedAttempts,
        FollowUpStatus status,
        List<Visit> visits,
        SyncMeta meta) implements Synced<FollowUp> {

    public FollowUp {
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    @Override
    public FollowUp withMeta(SyncMeta m) {
        return new FollowUp(id, patientId, caseId, referralId, site, kind, intervalMonths, nextDue, failedAttempts, status, visits, m);
    }

    /** The schedule after a visit: next due, failed attempts, 失访 — see {@link FollowUpSchedule#after}. */
    FollowUp with(LocalDate due, int failed, FollowUpStatus s, Visit added) {
        List<Visit> all = new ArrayList<>(visits);
        all.add(added);
        return new FollowUp(id, patientId, caseId, referralId, site, kind, intervalMonths, due, failed, s, all, meta);
    }
}
