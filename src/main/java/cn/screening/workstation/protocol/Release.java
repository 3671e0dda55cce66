package cn.screening.workstation.protocol;

import java.util.regex.Pattern;

/**
 * This build's release, and how releases compare. The province names the oldest workstation release
 * it still wants in the provincial setting {@value #MIN_CLIENT_SETTING}; an older workstation pulls
 * it, says 请升级 and keeps working.
 */
public final class Release {

    public static final String CURRENT = "0.1.0";
    public static final String MIN_CLIENT_SETTING = "minClientVersion";
    private static final Pattern SHAPE = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,2}");

    private Release() {
    }

    /** One to three numbers joined by dots: "1", "0.2", "0.2.1". */
    public static boolean valid(String version) {
        return version != null && SHAPE.matcher(version).matches();
    }

    /** Whether {@code version} comes before {@code minimum}, number by number ("0.10" is after "0.9"; "1" equals "1.0.0"). */
    public static boolean older(String version, String minimum) {
        int[] a = parts(version);
        int[] b = parts(minimum);
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }

    private static int[] parts(String version) {
        if (!valid(version)) {
            throw new IllegalArgumentException("not a release number: " + version);
        }
        String[] p = version.split("\\.");
        int[] out = new int[3];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }
}
