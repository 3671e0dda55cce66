package cn.screening.workstation.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 报告期 of the monthly report: a calendar month, due by the 25th of the month after. The 25th
 * itself is on time ("每月25日前" read as "no later than the 25th", decision 0017); the 26th is 逾期.
 */
public record ReportPeriod(YearMonth month) {

    /** The last day a report of the previous month is on time. */
    public static final int DUE_DAY = 25;

    private static final Pattern TEXT = Pattern.compile("\\d{4}-\\d{2}");

    /** A period typed as {@code YYYY-MM}; empty for anything else (a month 13, a day, a blank). */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null || !TEXT.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportPeriod(YearMonth.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate first() {
        return month.atDay(1);
    }

    public LocalDate last() {
        return month.atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first()) && !day.isAfter(last());
    }

    /** The last on-time day: the 25th of the month after. */
    public LocalDate dueDate() {
        return month.plusMonths(1).atDay(DUE_DAY);
    }

    /** 逾期: submitted after the due date (the 26th or later of the month after). */
    public boolean lateOn(LocalDate submittedOn) {
        return submittedOn.isAfter(dueDate());
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
