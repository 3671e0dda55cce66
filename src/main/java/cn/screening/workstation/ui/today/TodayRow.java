package cn.screening.workstation.ui.today;


/** One line of 今日待办 as shown: what, about whom or how many, and when. */
public record TodayRow(TodayKind kind, String what, String detail, String when) {
}
