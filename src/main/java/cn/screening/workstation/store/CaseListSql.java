package cn.screening.workstation.store;

import cn.screening.workstation.domain.cases.CaseSort;
import cn.screening.workstation.domain.cases.CaseQuery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the case-list SQL so that one index serves both the filter and the order of each common
 * search (a top-50 that has to sort every match is what makes H2 slow at a million rows). The
 * plans, measured at a million cases, are in docs/performance.md:
 * <ul>
 * <li>an ID number, whole or its start: {@code ix_patient_id_number_id (id_number, id)}, in ID order;</li>
 * <li>a name prefix: {@code ix_patient_name (name, id)}, in name order;</li>
 * <li>status and township: {@code ix_case_status_township (status, township_code, registered_at)},
 *     newest first by ordering every column of the index the same way;</li>
 * <li>status alone: {@code ix_case_status (status, registered_at)}, the same way;</li>
 * <li>township alone: {@code ix_case_township (township_code, registered_at)}, the same way;</li>
 * <li>otherwise by registration time: {@code ix_case_registered}.</li>
 * </ul>
 *
 * @param countFromWhere what the count reads: without the patient join when no patient column filters
 */
record CaseListSql(String fromWhere, String countFromWhere, String orderBy, List<Object> params) {

    static CaseListSql of(CaseQuery q) {
        StringBuilder where = new StringBuilder(" WHERE c.deleted = FALSE");
        List<Object> params = new ArrayList<>();
        boolean patientFilter = false;
        if (hasId(q)) {
            String id = q.idNumber().trim().toUpperCase();
            if (id.length() >= 18) {
                where.append(" AND p.id_number = ?");
                params.add(id);
            } else {
                prefix(where, params, "p.id_number", id);
            }
            patientFilter = true;
        }
        if (hasName(q)) {
            prefix(where, params, "p.name", q.namePrefix().trim());
            patientFilter = true;
        }
        if (q.status() != null) {
            where.append(" AND c.status = ?");
            params.add(q.status().name());
        }
        if (q.diseaseCode() != null) {
            where.append(" AND c.disease_code = ?");
            params.add(q.diseaseCode());
        }
        if (q.townshipCode() != null) {
            where.append(" AND c.township_code = ?");
            params.add(q.townshipCode());
        }
        String orderBy = orderBy(q);
        boolean patientOrder = orderBy.contains("p.");
        // Left to itself, H2 counts a name or ID search by scanning every case and looking its
        // patient up (a million rows), even with the page's ORDER BY; naming the patient index
        // that serves the filter makes it walk that index's range and stop at the cap.
        String hint = hasId(q) ? " USE INDEX (ix_patient_id_number_id)" : hasName(q) ? " USE INDEX (ix_patient_name)" : "";
        String join = " FROM screening_case c JOIN patient p" + hint + " ON p.id = c.patient_id";
        // every case has its patient (a NOT NULL foreign key), so a count that filters no patient column skips the join
        String countFrom = patientFilter || patientOrder ? join : " FROM screening_case c";
        return new CaseListSql(join + where, countFrom + where, orderBy, params);
    }

    /**
     * "starts with" as a range, {@code col >= prefix AND col < prefix'} where prefix' is the prefix
     * with its last character moved one on: the same rows as {@code LIKE 'prefix%'} under H2's
     * binary string order, but H2 turns a LIKE into an index range only when it knows the pattern
     * while planning, which it does not for the count's sub-query. A range with parameters is an
     * index range in every query.
     */
    static void prefix(StringBuilder where, List<Object> params, String column, String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        if (last == Character.MAX_VALUE) {
            where.append(" AND ").append(column).append(" LIKE ?");
            params.add(escapeLike(prefix) + "%");
            return;
        }
        where.append(" AND ").append(column).append(" >= ? AND ").append(column).append(" < ?");
        params.add(prefix);
        params.add(prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
    }

    private static boolean hasId(CaseQuery q) {
        return q.idNumber() != null && !q.idNumber().isBlank();
    }

    private static boolean hasName(CaseQuery q) {
        return q.namePrefix() != null && !q.namePrefix().isBlank();
    }

    private static String orderBy(CaseQuery q) {
        if (hasId(q)) {
            // typed digits narrow the list the way a phone book does: in ID order, which the ID index gives
            return " ORDER BY p.id_number, p.id";
        }
        if (q.sort() == CaseSort.NAME || hasName(q)) {
            return " ORDER BY p.name, p.id";
        }
        String dir = q.sort() == CaseSort.OLDEST_FIRST ? "" : " DESC";
        if (q.status() != null && q.townshipCode() != null) {
            // the (status, township, registered_at) index gives rows in exactly this order, either way round
            return " ORDER BY c.status" + dir + ", c.township_code" + dir + ", c.registered_at" + dir;
        }
        if (q.diseaseCode() != null) {
            return " ORDER BY c.disease_code" + dir + ", c.registered_at" + dir;
        }
        if (q.status() != null && q.townshipCode() == null && q.diseaseCode() == null) {
            // the (status, registered_at) index: without it H2 sorts every case of the status (60 % are SUSPECTED)
            return " ORDER BY c.status" + dir + ", c.registered_at" + dir;
        }
        if (q.townshipCode() != null && q.status() == null) {
            // the (township_code, registered_at) index: a township's own list, the commonest filter
            return " ORDER BY c.township_code" + dir + ", c.registered_at" + dir;
        }
        return " ORDER BY c.registered_at" + dir;
    }

    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
