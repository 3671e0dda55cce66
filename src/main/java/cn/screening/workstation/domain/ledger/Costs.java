package cn.screening.workstation.domain.ledger;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cost of one admission in fen (integers, never floating point): 总费用, what each payer paid,
 * 医院减免, 其他 and 个人自付. They must add up exactly: 总费用 = Σ payers + 医院减免 + 其他 + 个人自付.
 */
public record Costs(long totalFen, Map<Payer, Long> paidFen, long hospitalWaiverFen, long otherFen, long outOfPocketFen,
                   boolean oneStopSettlement, boolean treatFirstPayLater) {

    public Costs {
        EnumMap<Payer, Long> copy = new EnumMap<>(Payer.class);
        if (paidFen != null) {
            paidFen.forEach((k, v) -> copy.put(k, v == null ? 0L : v));
        }
        paidFen = Map.copyOf(copy);
    }

    public long paid(Payer payer) {
        return paidFen.getOrDefault(payer, 0L);
    }

    /** Σ payers + 医院减免 + 其他 + 个人自付: what 总费用 must equal. */
    public long partsFen() {
        return paidFen.values().stream().mapToLong(Long::longValue).sum() + hospitalWaiverFen + otherFen + outOfPocketFen;
    }

    public boolean addsUp() {
        return partsFen() == totalFen;
    }

    /** Yuan with two decimals, as the screens and exports show fen. */
    public static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }
}
