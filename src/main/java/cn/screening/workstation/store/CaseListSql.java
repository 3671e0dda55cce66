package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the case-list SQL so that one index serves both the filter and the order of each common
 * search (a top-50 that has to sort every match is what makes H2 slow at a million rows).
 */
record CaseListSql(String fromWhere, String orderBy, List<Object> params) {

    static CaseListSql of(CaseQuery q) {
        StringBuilder where = new StringBuilder(" FROM screening_case c JOIN patient p ON p.id = c.patient_id WHERE c.deleted = FALSE");
        List<Object> params = new ArrayList<>();
        if (q.idNumber() != null && !q.idNumber().isBlank()) {
            String id = q.idNumber().trim().toUpperCase();
            if (id.length() >= 18) {
                where.append(" AND p.id_number = ?");
                params.add(id);
            } else {
                where.append(" AND p.id_number LIKE ?");
                params.add(escapeLike(id) + "%");
            }
        }
        if (q.namePrefix() != null && !q.namePrefix().isBlank()) {
            where.append(" AND p.name LIKE ?");
            params.add(escapeLike(q.namePrefix().trim()) + "%");
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
        return new CaseListSql(where.toString(), orderBy(q), params);
    }

    private static String orderBy(CaseQuery q) {
        boolean byName = q.sort() == CaseSort.NAME || (q.namePrefix() != null && !q.namePrefix().isBlank());
        if (byName) {
            return " ORDER BY p.name, p.id";
        }
        String dir = q.sort() == CaseSort.OLDEST_FIRST ? "" : " DESC";
        if (q.status() != null && q.townshipCode() != null) {
            // the (status, township, registered_at) index gives rows in exactly this order
            return " ORDER BY c.status" + dir + ", c.township_code" + dir + ", c.registered_at" + dir;
        }
        if (q.diseaseCode() != null) {
            return " ORDER BY c.disease_code" + dir + ", c.registered_at" + dir;
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
