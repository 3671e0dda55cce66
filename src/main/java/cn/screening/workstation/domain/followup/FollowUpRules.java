package cn.screening.workstation.domain.followup;

/**
 * How often patients are followed up, and when one counts as lost (失访). Provincial policy: the
 * values come from the server's settings; {@link #DEFAULT} only serves until they have arrived.
 *
 * @param confirmedIntervalMonths  a confirmed hemophilia patient is seen every so many months
 * @param inhibitorRetestMonths    an inhibitor retest is due so many months after the last titre
 * @param afterBackReferralDays    the first follow-up after a back-referral is acknowledged
 * @param lostAfterFailedAttempts  this many failed attempts in a row mark the patient 失访
 */
public record FollowUpRules(int confirmedIntervalMonths, int inhibitorRetestMonths, int afterBackReferralDays,
                            int lostAfterFailedAttempts) {

    public static final FollowUpRules DEFAULT = new FollowUpRules(3, 6, 14, 3);

    /** Setting keys of the reference data. */
    public static final String KEY_INTERVAL = "followUpIntervalMonths";
    public static final String KEY_INHIBITOR = "inhibitorRetestMonths";
    public static final String KEY_BACK_REFERRAL = "followUpAfterBackReferralDays";
    public static final String KEY_LOST = "followUpLostAfterFailedAttempts";

    public FollowUpRules {
        if (confirmedIntervalMonths < 1 || inhibitorRetestMonths < 1 || afterBackReferralDays < 0 || lostAfterFailedAttempts < 1) {
            throw new IllegalArgumentException("follow-up rules out of range");
        }
    }
}
