package cn.screening.workstation.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Numbers as typed into a form (blank is none, "-20" and "2.5" are numbers, anything else is not) and as shown. */
public final class Numbers {

    private Numbers() {
    }

    /** @return empty for blank text; {@code null} inside the optional never happens */
    public static Optional<BigDecimal> decimal(String text) throws NumberFormatException {
        String s = text == null ? "" : text.strip().replace('，', '.').replace(',', '.');
        return s.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(s));
    }

    public static boolean readable(String text) {
        try {
            decimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Fen shown as yuan with two decimals and thousands separators: 123450 is "1,234.50". */
    public static String yuan(long fen) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(BigDecimal.valueOf(fen, 2));
    }

    public static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
