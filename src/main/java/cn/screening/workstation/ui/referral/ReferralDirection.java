package cn.screening.workstation.ui.referral;

/** Which referrals the list shows: those this site sent, those it received, or both. */
public enum ReferralDirection { ALL, OUTGOING, INCOMING }
