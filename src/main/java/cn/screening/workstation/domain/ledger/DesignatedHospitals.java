package cn.screening.workstation.domain.ledger;

import cn.screening.workstation.domain.reference.ReferenceCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programme's designated hospitals by name, with the county they lie in and their level: the
 * seed plan's attachment 1 for 锦州 (six county hospitals, one city hospital), kept as data
 * (reference/designated-hospitals.csv) until designated-hospital sites carry their level.
 */
public final class DesignatedHospitals {

    private static final String TABLE = "/cn/screening/workstation/reference/designated-hospitals.csv";

    /** A designated hospital; {@code county} is its 6-digit GB/T 2260 code. */
    public record Hospital(String name, String county, HospitalLevel level) {
    }

    private final List<Hospital> all;

    public DesignatedHospitals(List<Hospital> all) {
        this.all = List.copyOf(all);
    }

    public static DesignatedHospitals bundled() {
        List<Hospital> rows = new ArrayList<>();
        ReferenceCsv.read(TABLE, f -> rows.add(new Hospital(f[0], f[1], HospitalLevel.valueOf(f[2]))));
        return new DesignatedHospitals(rows);
    }

    public Optional<Hospital> byName(String name) {
        String n = name == null ? "" : name.strip();
        return all.stream().filter(h -> h.name().equals(n)).findFirst();
    }

    public List<Hospital> all() {
        return all;
    }
}
