package cn.screening.workstation.domain.division;

import cn.screening.workstation.domain.reference.ReferenceCsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Divisions of one or more levels indexed by code and by parent, as read from the bundled tables. */
final class DivisionTable {

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byParent = new HashMap<>();

    /** Reads {@code resource}; {@code parentColumn} is the column holding the parent code, -1 for none. */
    DivisionTable read(String resource, DivisionLevel level, int parentColumn) {
        ReferenceCsv.read(resource, f -> add(new Division(f[0], f[1], level, parentColumn < 0 ? null : f[parentColumn])));
        return this;
    }

    private void add(Division division) {
        byCode.put(division.code(), division);
        if (division.parentCode() != null) {
            byParent.computeIfAbsent(division.parentCode(), k -> new ArrayList<>()).add(division);
        }
    }

    Division find(String code) {
        return byCode.get(code);
    }

    List<Division> children(String parentCode) {
        return List.copyOf(byParent.getOrDefault(parentCode, List.of()));
    }

    List<Division> ofLevel(DivisionLevel level) {
        return byCode.values().stream().filter(d -> d.level() == level)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }
}
