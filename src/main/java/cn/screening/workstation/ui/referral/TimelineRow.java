package cn.screening.workstation.ui.referral;

/** One step of a referral's history: when, who at which site, the move, and its note. */
public record TimelineRow(String when, String who, String move, String note) {
}
