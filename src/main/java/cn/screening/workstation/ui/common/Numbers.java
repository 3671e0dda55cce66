package cn.screening.workstation.ui.common;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers as typed into a form: blank is none, "-20" and "2.5" are numbers, anything else is not. */
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

    public static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
