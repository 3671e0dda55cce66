package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.AdminRefused;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration as an operator types it: 90s, 30m, 2h, 7d, or ISO-8601 (PT2H). */
final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

    private DurationText() {
    }

    static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new AdminRefused("无法识别的时长：" + text + "（例如 30s、2h、7d）");
        }
    }
}
