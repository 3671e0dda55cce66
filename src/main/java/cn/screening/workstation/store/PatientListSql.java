package cn.screening.workstation.store;

import cn.screening.workstation.domain.patient.PatientQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The patient-list SQL, shaped like {@link CaseListSql}: each common search has an index that
 * serves both its filter and its order, so a page of 50 reads about 50 index entries:
 * an ID number by {@code ix_patient_id_number_id}, a name by {@code ix_patient_name}, a township by
 * {@code ix_patient_township (township_code, name, id)}, a poverty group by
 * {@code ix_patient_poverty (poverty_status, name, id)}; otherwise everyone in name order.
 */
record PatientListSql(String fromWhere, String orderBy, List<Object> params) {

    static PatientListSql of(PatientQuery q) {
        StringBuilder where = new StringBuilder(" WHERE p.deleted = FALSE");
        List<Object> params = new ArrayList<>();
        if (q.hasId()) {
            String id = q.idNumber().trim().toUpperCase();
            if (id.length() >= 18) {
                where.append(" AND p.id_number = ?");
                params.add(id);
            } else {
                CaseListSql.prefix(where, params, "p.id_number", id);
            }
        }
        if (q.hasName()) {
            CaseListSql.prefix(where, params, "p.name", q.namePrefix().trim());
        }
        if (q.townshipCode() != null) {
            where.append(" AND p.township_code = ?");
            params.add(q.townshipCode());
        }
        if (q.poverty() != null) {
            where.append(" AND p.poverty_status = ?");
            params.add(q.poverty().name());
        }
        return new PatientListSql(" FROM patient p" + hint(q) + where, orderBy(q), params);
    }

    // the index whose leading columns the filter fixes; its next columns give the order
    private static String hint(PatientQuery q) {
        if (q.hasId()) {
            return " USE INDEX (ix_patient_id_number_id)";
        }
        if (q.hasName()) {
            return " USE INDEX (ix_patient_name)";
        }
        if (q.townshipCode() != null) {
            return " USE INDEX (ix_patient_township)";
        }
        return q.poverty() != null ? " USE INDEX (ix_patient_poverty)" : "";
    }

    private static String orderBy(PatientQuery q) {
        if (q.hasId()) {
            return " ORDER BY p.id_number, p.id";
        }
        if (q.townshipCode() != null && !q.hasName()) {
            return " ORDER BY p.township_code, p.name, p.id";
        }
        if (q.poverty() != null && !q.hasName()) {
            return " ORDER BY p.poverty_status, p.name, p.id";
        }
        return " ORDER BY p.name, p.id";
    }

    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
