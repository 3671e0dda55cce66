package cn.screening.workstation.domain.specimen;

import java.time.Duration;
import java.util.Map;

/**
 * The configurable limits of sample handling (DOMAIN §2, rules 20–22): provincial policy comes as
 * reference settings, and these defaults (CLSI H21-A5, WS/T 359) serve until it does.
 *
 * @param minFillPercent       a tube filled less than this is refused
 * @param drawToSpin           whole blood must be spun (or tested) within this of the draw
 * @param nearingWarning       how long before the draw-to-spin limit a tube appears on the warning list
 * @param minus20MaxDays       plasma stored at −20 °C (down to −69 °C) may wait this many days
 * @param minus70MaxDays       plasma stored at −70 °C or colder may wait this many days
 */
public record SampleLimits(int minFillPercent, Duration drawToSpin, Duration nearingWarning, int minus20MaxDays,
                           int minus70MaxDays) {

    public static final String FILL = "sampleMinFillPercent";
    public static final String DRAW_TO_SPIN_HOURS = "drawToSpinLimitHours";
    public static final String NEARING_MINUTES = "drawToSpinWarningMinutes";
    public static final String MINUS20_DAYS = "frozenMinus20MaxDays";
    public static final String MINUS70_DAYS = "frozenMinus70MaxDays";

    public static final SampleLimits DEFAULT = new SampleLimits(90, Duration.ofHours(4), Duration.ofMinutes(30), 14, 365);

    public SampleLimits {
        if (minFillPercent < 0 || minFillPercent > 100 || drawToSpin.isNegative() || nearingWarning.isNegative()
                || minus20MaxDays < 0 || minus70MaxDays < 0) {
            throw new IllegalArgumentException("sample limits out of range");
        }
    }

    /** The defaults with whatever the given settings (key → number) override. */
    public static SampleLimits of(Map<String, ? extends Number> settings) {
        SampleLimits d = DEFAULT;
        return new SampleLimits(
                settings.containsKey(FILL) ? settings.get(FILL).intValue() : d.minFillPercent,
                settings.containsKey(DRAW_TO_SPIN_HOURS) ? minutes(settings.get(DRAW_TO_SPIN_HOURS).doubleValue() * 60) : d.drawToSpin,
                settings.containsKey(NEARING_MINUTES) ? minutes(settings.get(NEARING_MINUTES).doubleValue()) : d.nearingWarning,
                settings.containsKey(MINUS20_DAYS) ? settings.get(MINUS20_DAYS).intValue() : d.minus20MaxDays,
                settings.containsKey(MINUS70_DAYS) ? settings.get(MINUS70_DAYS).intValue() : d.minus70MaxDays);
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }

    /** Hours of the draw-to-spin limit as the message says them, e.g. 4 or 4.5. */
    public String drawToSpinHours() {
        double h = drawToSpin.toMinutes() / 60.0;
        return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
    }
}
