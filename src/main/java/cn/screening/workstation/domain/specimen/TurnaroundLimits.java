package cn.screening.workstation.domain.specimen;

import java.time.Duration;
import java.util.Map;

/** How long each leg of a sample's journey may take before it shows as overdue (provincial settings). */
public record TurnaroundLimits(Duration drawToDispatch, Duration dispatchToReceipt, Duration receiptToResult) {

    public static final String DRAW_TO_DISPATCH = "turnaroundDrawToDispatchHours";
    public static final String DISPATCH_TO_RECEIPT = "turnaroundDispatchToReceiptHours";
    public static final String RECEIPT_TO_RESULT = "turnaroundReceiptToResultHours";

    public static final TurnaroundLimits DEFAULT = new TurnaroundLimits(Duration.ofHours(48), Duration.ofHours(72), Duration.ofDays(7));

    public static TurnaroundLimits of(Map<String, ? extends Number> s) {
        return new TurnaroundLimits(hours(s, DRAW_TO_DISPATCH, DEFAULT.drawToDispatch), hours(s, DISPATCH_TO_RECEIPT, DEFAULT.dispatchToReceipt),
                hours(s, RECEIPT_TO_RESULT, DEFAULT.receiptToResult));
    }

    private static Duration hours(Map<String, ? extends Number> s, String key, Duration fallback) {
        Number n = s.get(key);
        return n == null ? fallback : Duration.ofMinutes(Math.round(n.doubleValue() * 60));
    }
}
