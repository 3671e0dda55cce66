package cn.screening.workstation.store;

import cn.screening.workstation.domain.patient.PatientQuery;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each common patient-list search is served by an index that also gives its order: no sort of every match. */
class PatientListSqlTest {

    @TempDir
    Path dir;

    @Test
    void everyFilterReadsItsOwnIndexInOrder() {
        try (Workspace ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD)) {
            assertThat(plan(ws, new PatientQuery(null, null, "210727102", null, 0, 50)))
                    .contains("IX_PATIENT_TOWNSHIP").contains("/* index sorted */");
            assertThat(plan(ws, new PatientQuery(null, null, null, PovertyStatus.MINIMUM_LIVING, 0, 50)))
                    .contains("IX_PATIENT_POVERTY").contains("/* index sorted */");
            assertThat(plan(ws, new PatientQuery("张", null, "210727102", null, 0, 50))).contains("IX_PATIENT_NAME");
            assertThat(plan(ws, new PatientQuery(null, "2107271987", null, null, 0, 50))).contains("IX_PATIENT_ID_NUMBER_ID");
            assertThat(plan(ws, new PatientQuery(null, null, null, null, 0, 50))).contains("IX_PATIENT_NAME");
        }
    }

    private static String plan(Workspace ws, PatientQuery q) {
        PatientListSql sql = PatientListSql.of(q);
        return ws.database().read(tx -> {
            try (PreparedStatement ps = tx.prepare("EXPLAIN SELECT p.id" + sql.fromWhere() + sql.orderBy() + " LIMIT 50")) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}
