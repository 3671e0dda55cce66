package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.store.AuditAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordExportTest {

    @TempDir
    Path dir;

    @Test
    void exportsAreMaskedUnlessTheRoleMayAndAPurposeIsGivenAndEveryExportIsAudited() throws Exception {
        Workstation w = TestSites.countyHospital(dir.resolve("ws"));
        try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("town", "乡镇医生", Role.TOWNSHIP_DOCTOR, "town-pass-1".toCharArray());
        }
        try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            Services s = TestSites.services(ws);
            s.patientImport().commit(s.patientImport().preview(Path.of("samples/patients-yixian.csv")));
            Path masked = dir.resolve("patients.csv");
            assertThat(s.recordExport().exportPatients(masked, false, null)).isEqualTo(224);
            List<String> lines = Files.readAllLines(masked, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).contains("姓名,身份证号码");
            assertThat(lines.get(1)).matches(".*\\d{6}\\*{8}[\\dX]{4}.*");
            assertThat(String.join("\n", lines)).doesNotContainPattern("210727\\d{11}[\\dX]");

            assertThatThrownBy(() -> s.recordExport().exportPatients(dir.resolve("full.csv"), true, " "))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("export.full_id_refused"));
            assertThat(s.recordExport().exportPatients(dir.resolve("full.csv"), true, "省级随访核对")).isEqualTo(224);
            assertThat(Files.readString(dir.resolve("full.csv"))).containsPattern("210727\\d{11}[\\dX]");
            long exports = ws.database().read(tx -> ws.audit().count(tx, AuditAction.EXPORT));
            assertThat(exports).isEqualTo(2);
            assertThat(s.recordExport().exportCases(dir.resolve("cases.csv"), false, null)).isZero();
        }
        try (Workspace ws = TestSites.login(w, "town", "town-pass-1")) {
            assertThatThrownBy(() -> TestSites.services(ws).recordExport().exportPatients(dir.resolve("t.csv"), true, "核对"))
                    .isInstanceOf(ServiceException.class);
        }
    }
}
