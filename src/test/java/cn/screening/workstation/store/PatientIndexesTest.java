package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each patient index is one more B-tree entry per new patient: one index by birth date, and it serves the minors' look-up. */
class PatientIndexesTest {

    @TempDir
    Path dir;

    @Test
    void theMinorsLookUpReadsTheOneBirthDateIndex() {
        try (Workspace ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD)) {
            List<String> byBirthDate = ws.database().read(tx -> {
                List<String> names = new ArrayList<>();
                try (PreparedStatement ps = tx.prepare("SELECT DISTINCT index_name FROM information_schema.index_columns"
                        + " WHERE table_name = 'PATIENT' AND column_name = 'BIRTH_DATE' AND ordinal_position = 1");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            });
            assertThat(byBirthDate).containsExactly("IX_PATIENT_BIRTH_NAME");

            String plan = ws.database().read(tx -> {
                try (PreparedStatement ps = tx.prepare("EXPLAIN " + ConsentHolds.WAITING_PATIENTS)) {
                    LocalDate today = LocalDate.of(2026, 12, 7);
                    ps.setObject(1, today.minusYears(14));
                    ps.setObject(2, today);
                    ps.setString(3, "01");
                    ps.setString(4, "20121207");
                    ps.setString(5, "20261207");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            // both halves of the union find their rows by the birth date, not by reading every patient
            assertThat(plan.split("IX_PATIENT_BIRTH_NAME", -1)).hasSize(3);
            assertThat(plan).doesNotContain("tableScan");
        }
    }
}
