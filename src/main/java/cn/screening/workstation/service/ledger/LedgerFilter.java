package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import java.util.ArrayList;
import java.util.List;

/** What the ledger list filters on; null means any. {@code hospital} is the latest admission's hospital name. */
public record LedgerFilter(String diseaseCode, TreatmentStatus status, String townshipCode, String hospital,
                           Certification certification) {

    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null);

    /** The condition on the ledger table's typed columns, with its arguments in {@code args}. */
    String condition(List<Object> args) {
        List<String> parts = new ArrayList<>();
        add(parts, args, "disease_code = ?", diseaseCode);
        add(parts, args, "status = ?", status);
        add(parts, args, "township_code = ?", townshipCode);
        add(parts, args, "hospital = ?", hospital);
        add(parts, args, "certification = ?", certification);
        return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
    }

    private static void add(List<String> parts, List<Object> args, String sql, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            parts.add(sql);
            args.add(value instanceof Enum<?> e ? e.name() : value);
        }
    }
}
