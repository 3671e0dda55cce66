package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.ui.common.Numbers;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as typed in yuan, read exactly into fen with BigDecimal ("1,234.5" is 123450 fen), and fen
 * shown back as "1,234.50". A third decimal or a negative amount is refused, never rounded.
 */
final class Yuan {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Why a typed amount is refused: the key of its sentence in the ui bundle. */
    static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private Yuan() {
    }

    /** The amount in fen; null when the text is blank. */
    static Long fen(String text) throws Refused {
        String s = text == null ? "" : text.strip().replace(",", "").replace("，", "");
        if (s.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new Refused("ledger.amount.unreadable");
        }
        BigDecimal yuan = new BigDecimal(s);
        if (yuan.signum() < 0) {
            throw new Refused("ledger.amount.negative");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new Refused("ledger.amount.decimals");
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new Refused("ledger.amount.unreadable");
        }
    }

    /** "1,234.50" */
    static String show(long fen) {
        return Numbers.yuan(fen);
    }

    /** "1234.5" for a field being filled from a stored amount. */
    static String plain(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
