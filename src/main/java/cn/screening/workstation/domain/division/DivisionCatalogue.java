package cn.screening.workstation.domain.division;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bundled GB/T 2260 division table down to townships, and villages where bundled (only city
 * 2107 锦州 so far). Each level is read on first use, so start-up pays only for what a screen needs.
 */
public final class DivisionCatalogue {

    private static final String DIR = "/cn/screening/workstation/divisions/";
    private static final List<String> VILLAGE_TABLES = List.of("villages-jinzhou-2107.csv.gz");

    private final Lazy<DivisionTable> upper = new Lazy<>(() -> new DivisionTable()
            .read(DIR + "provinces.csv", DivisionLevel.PROVINCE, -1)
            .read(DIR + "cities.csv", DivisionLevel.CITY, 2)
            .read(DIR + "areas.csv", DivisionLevel.COUNTY, 2));
    private final Lazy<DivisionTable> townships =
            new Lazy<>(() -> new DivisionTable().read(DIR + "streets.csv.gz", DivisionLevel.TOWNSHIP, 2));
    private final Lazy<DivisionTable> villages = new Lazy<>(() -> {
        DivisionTable table = new DivisionTable();
        VILLAGE_TABLES.forEach(t -> table.read(DIR + t, DivisionLevel.VILLAGE, 2));
        return table;
    });
    private final Lazy<DivisionNames> names = new Lazy<>(DivisionNames::new);

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code).flatMap(c -> tableFor(c.length()).map(t -> t.find(c)));
    }

    /** The divisions one level below {@code code}, in table order; empty when none are bundled. */
    public List<Division> children(String code) {
        if (code == null) {
            return List.of();
        }
        return tableFor(code.length() == 2 || code.length() == 4 ? code.length() + 2 : code.length() + 3)
                .map(t -> t.children(code)).orElse(List.of());
    }

    public List<Division> provinces() {
        return upper.get().ofLevel(DivisionLevel.PROVINCE);
    }

    public boolean isKnownProvince(String twoDigits) {
        return twoDigits != null && twoDigits.length() == 2 && find(twoDigits).isPresent();
    }

    public boolean isKnownCounty(String sixDigits) {
        return sixDigits != null && sixDigits.length() == 6 && find(sixDigits).isPresent();
    }

    /** The county's township of that name: exact, then the one name it begins, then ignoring 镇/乡/街道/满族乡 and the like. */
    public Optional<Division> townshipByName(String countyCode, String name) {
        return byName(children(countyCode), name, names.get()::townshipCore);
    }

    public List<Division> villages(String townshipCode) {
        return townshipCode == null || townshipCode.length() != 9 ? List.of() : villages.get().children(townshipCode);
    }

    /** The township's village of that name: exact, then the one name it begins, then ignoring 村/村民委员会/社区 and the like. */
    public Optional<Division> villageByName(String townshipCode, String name) {
        return byName(villages(townshipCode), name, names.get()::villageCore);
    }

    private static Optional<Division> byName(List<Division> candidates, String name, Function<String, DivisionNames.Core> core) {
        String wanted = DivisionNames.compact(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<Division> exact = candidates.stream().filter(d -> d.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // 七里河社区 names 七里河社区居民委员会 even where a 七里河村民委员会 shares its core
        List<Division> prefixed = candidates.stream().filter(d -> d.name().startsWith(wanted)).toList();
        if (prefixed.size() == 1) {
            return Optional.of(prefixed.get(0));
        }
        DivisionNames.Core wantedCore = core.apply(wanted);
        List<Division> close = candidates.stream().filter(d -> core.apply(d.name()).matches(wantedCore)).toList();
        // two townships sharing a core (七里河镇, 七里河乡) are ambiguous: better no match than a wrong one
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    private Optional<DivisionTable> tableFor(int codeLength) {
        DivisionLevel level = DivisionLevel.ofCodeLength(codeLength);
        if (level == null) {
            return Optional.empty();
        }
        return Optional.of(switch (level) {
            case PROVINCE, CITY, COUNTY -> upper.get();
            case TOWNSHIP -> townships.get();
            case VILLAGE -> villages.get();
        });
    }

    /** Computes a value once, on first use, safely across threads. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = supplier.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
