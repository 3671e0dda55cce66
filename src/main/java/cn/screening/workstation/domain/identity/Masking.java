package cn.screening.workstation.domain.identity;

/**
 * De-identified display (GB/T 35273 展示限制): lists and printouts show these, and only a user
 * with the reveal permission sees the full value.
 */
public final class Masking {

    private Masking() {
    }

    /** 110105********002X: the first 6 and the last 4 characters. */
    public static String idNumber(String id) {
        return keepEnds(id, 6, 4);
    }

    /** 110************02X: the first 3 and the last 3 characters, for stricter lists. */
    public static String idNumberStrict(String id) {
        return keepEnds(id, 3, 3);
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the first character, then one * per character. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        return new String(chars, 0, 1) + "*".repeat(chars.length - 1);
    }

    /** 13812341234 → 138****1234: the first 3 and the last 4 characters. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    // a value too short to keep both ends still hides its middle, so nothing short leaks whole
    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return "";
        }
        int[] chars = value.strip().codePoints().toArray();
        int n = chars.length;
        if (n <= head + tail) {
            head = n > 2 ? 1 : 0;
            tail = n > 2 ? 1 : 0;
        }
        return new String(chars, 0, head) + "*".repeat(n - head - tail) + new String(chars, n - tail, tail);
    }
}
