package cn.screening.workstation.ui.followup;

/** Which follow-ups the list shows. */
public enum FollowUpFilter { DUE, OVERDUE, LOST, ALL }
