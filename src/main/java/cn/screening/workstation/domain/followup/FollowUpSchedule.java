package cn.screening.workstation.domain.followup;

import cn.screening.workstation.domain.RecordIds;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The follow-up rules applied: when a schedule starts, when the next visit is due after one, and
 * when repeated failed attempts make a patient 失访.
 */
public final class FollowUpSchedule {

    private final FollowUpRules rules;

    public FollowUpSchedule(FollowUpRules rules) {
        this.rules = rules;
    }

    public FollowUpRules rules() {
        return rules;
    }

    /** A routine schedule for a newly confirmed patient: first visit one interval after confirmation. */
    public FollowUp forConfirmed(UUID patientId, UUID caseId, String site, LocalDate confirmedOn) {
        return new FollowUp(RecordIds.next(), patientId, caseId, null, site, FollowUpKind.ROUTINE, rules.confirmedIntervalMonths(),
                confirmedOn.plusMonths(rules.confirmedIntervalMonths()), 0, FollowUpStatus.ACTIVE, null, null);
    }

    /** An inhibitor retest, due the configured months after the last titre. */
    public FollowUp inhibitorRetest(UUID patientId, UUID caseId, String site, LocalDate lastTitreOn) {
        return new FollowUp(RecordIds.next(), patientId, caseId, null, site, FollowUpKind.INHIBITOR_RETEST,
                rules.inhibitorRetestMonths(), lastTitreOn.plusMonths(rules.inhibitorRetestMonths()), 0, FollowUpStatus.ACTIVE,
                null, null);
    }

    /** After a back-referral is acknowledged: first visit soon, then the routine interval. */
    public FollowUp afterBackReferral(UUID patientId, UUID caseId, UUID referralId, String site, LocalDate acknowledgedOn) {
        return new FollowUp(RecordIds.next(), patientId, caseId, referralId, site, FollowUpKind.AFTER_BACK_REFERRAL,
                rules.confirmedIntervalMonths(), acknowledgedOn.plusDays(rules.afterBackReferralDays()), 0, FollowUpStatus.ACTIVE,
                null, null);
    }

    /**
     * The schedule after a visit. Reached: next due one interval after the visit, attempts reset.
     * Not reached: due again in a week, and after the configured number of failures in a row, 失访.
     */
    public FollowUp after(FollowUp f, Visit v) {
        if (v.reached()) {
            return f.with(v.date().plusMonths(f.intervalMonths()), 0, FollowUpStatus.ACTIVE, v);
        }
        int failed = f.failedAttempts() + 1;
        boolean lost = failed >= rules.lostAfterFailedAttempts();
        return f.with(lost ? null : v.date().plusWeeks(1), failed, lost ? FollowUpStatus.LOST : FollowUpStatus.ACTIVE, v);
    }

    /** Due: active and due today or within {@code aheadDays}. Overdue: active and due before today. */
    public static boolean isDue(FollowUp f, LocalDate today, int aheadDays) {
        return f.status() == FollowUpStatus.ACTIVE && f.nextDue() != null && !f.nextDue().isAfter(today.plusDays(aheadDays))
                && !f.nextDue().isBefore(today);
    }

    public static boolean isOverdue(FollowUp f, LocalDate today) {
        return f.status() == FollowUpStatus.ACTIVE && f.nextDue() != null && f.nextDue().isBefore(today);
    }
}
