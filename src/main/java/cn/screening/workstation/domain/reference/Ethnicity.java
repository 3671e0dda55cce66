package cn.screening.workstation.domain.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 民族, coded by GB 3304: the 56 groups 01–56, then 97 其他 and 98 外国血统中国籍人士.
 * Read from the bundled table so a revised standard is a data change, not a code change.
 */
public record Ethnicity(String code, String nameZh, String nameEn) {

    private static final String TABLE = "/cn/screening/workstation/reference/ethnicities.csv";

    /** One of the 56 named groups, as opposed to 97/98. */
    public boolean isNamedGroup() {
        return code.compareTo("01") >= 0 && code.compareTo("56") <= 0;
    }

    /** All codes in table order. */
    public static List<Ethnicity> all() {
        return Table.ALL;
    }

    public static Optional<Ethnicity> ofCode(String code) {
        return Table.ALL.stream().filter(e -> e.code.equals(code)).findFirst();
    }

    public static boolean isKnownCode(String code) {
        return ofCode(code).isPresent();
    }

    // holder idiom: the table is read once, on first use
    private static final class Table {
        static final List<Ethnicity> ALL = load();

        private static List<Ethnicity> load() {
            List<Ethnicity> rows = new ArrayList<>();
            ReferenceCsv.read(TABLE, f -> rows.add(new Ethnicity(f[0], f[1], f[2])));
            return List.copyOf(rows);
        }
    }
}
