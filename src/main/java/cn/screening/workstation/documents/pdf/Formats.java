package cn.screening.workstation.documents.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How dates, times and amounts read on the printed forms: 2026-11-26 08:30, 0.5, blank for unknown. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Words joined by a space, the empty ones left out. */
    public static String joined(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }
}
