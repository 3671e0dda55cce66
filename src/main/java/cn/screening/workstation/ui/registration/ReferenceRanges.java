package cn.screening.workstation.ui.registration;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The reference ranges the form starts with, per test; each lab overwrites them with its own.
 * Configurable so a county can set its analyser's ranges once.
 */
public record ReferenceRanges(Map<Lab, Range> ranges) {

    /** Typical adult ranges (APTT and PT in seconds, TT seconds, fibrinogen g/L, platelets 10⁹/L). */
    public static final ReferenceRanges DEFAULT = new ReferenceRanges(Map.of(
            Lab.APTT, Range.of("25", "37"),
            Lab.PT, Range.of("11", "14.5"),
            Lab.TT, Range.of("14", "21"),
            Lab.FIB, Range.of("2", "4"),
            Lab.PLT, Range.of("100", "300")));

    public ReferenceRanges {
        ranges = Map.copyOf(ranges);
    }

    public Range of(Lab lab) {
        return ranges.getOrDefault(lab, new Range(null, null));
    }

    /** A low and high limit, either may be missing. */
    public record Range(BigDecimal low, BigDecimal high) {
        static Range of(String low, String high) {
            return new Range(new BigDecimal(low), new BigDecimal(high));
        }
    }
}
