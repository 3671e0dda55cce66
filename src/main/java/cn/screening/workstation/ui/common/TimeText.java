package cn.screening.workstation.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Times as a keyboard types them on the sample forms: "2026-11-26 08:30", "202611260830", or only
 * "08:30" for today; stored as an Instant, shown in the user's zone.
 */
public final class TimeText {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Clock clock;

    public TimeText(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public String show(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(clock.getZone()));
    }

    public String now() {
        return show(clock.instant());
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Empty text is no time; text that is no time at all is {@code null}, so the form can say so. */
    public Optional<Instant> parse(String text) throws DateTimeParseException {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local;
        if (s.matches("\\d{12}")) {
            local = LocalDateTime.parse(s, COMPACT);
        } else if (s.matches("\\d{1,2}:\\d{2}")) {
            local = LocalDate.now(clock).atTime(LocalTime.parse(s, TIME));
        } else {
            local = LocalDateTime.parse(s.replace('T', ' '), SHOWN);
        }
        return Optional.of(local.atZone(clock.getZone()).toInstant());
    }

    /** True when the text is empty or a time {@link #parse} understands. */
    public boolean readable(String text) {
        try {
            parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
