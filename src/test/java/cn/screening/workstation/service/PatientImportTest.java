package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.transfer.ImportStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample lists of samples/ through the real import into a real store (see samples/README.md for the bad rows). */
class PatientImportTest {

    static final Path SAMPLES = Path.of("samples");
    static final List<Integer> ERROR_LINES = List.of(9, 27, 68, 95, 121, 204);
    @TempDir
    Path dir;
    Workspace ws;
    PatientImport importer;

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir.resolve("ws")), "doctor", TestSites.DOCTOR_PASSWORD);
        importer = TestSites.services(ws).patientImport();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    long patients() {
        return ws.database().read(tx -> ws.patients().count(tx));
    }

    @ParameterizedTest
    @ValueSource(strings = {"patients-yixian.csv", "patients-yixian-gbk.csv", "patients-yixian.xlsx"})
    void theSampleListImportsItsGoodRowsAndRefusesTheBadOnes(String file) {
        ImportPreview preview = importer.preview(SAMPLES.resolve(file));
        assertThat(preview.rows()).hasSize(230);
        List<Integer> refused = preview.rows().stream().filter(ImportRowVerdict::hasError).map(ImportRowVerdict::line).toList();
        assertThat(refused).containsExactlyElementsOf(ERROR_LINES);
        Map<Integer, ImportRowVerdict> byLine = preview.rows().stream().collect(Collectors.toMap(ImportRowVerdict::line, r -> r));
        assertThat(byLine.get(9).lines()).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("身份证号码");
            assertThat(l.message()).isEqualTo("身份证号码校验位错误，请核对");
        });
        assertThat(byLine.get(46).status()).isEqualTo(ImportStatus.WARNING);
        assertThat(byLine.get(46).patient().idNumber()).hasSize(18);
        assertThat(byLine.get(173).lines()).anySatisfy(l -> assertThat(l.message()).contains("不在本机构所在县"));
        assertThat(byLine.get(204).lines()).anySatisfy(l -> assertThat(l.message()).contains("监护人"));
        assertThat(patients()).isZero();

        ImportSummary first = importer.commit(preview);
        assertThat(first.imported()).isEqualTo(224);
        assertThat(patients()).isEqualTo(224);

        ImportSummary second = importer.commit(importer.preview(SAMPLES.resolve(file)));
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyRegistered()).isEqualTo(224);
        assertThat(patients()).isEqualTo(224);
        long imports = ws.database().read(tx -> ws.audit().count(tx, AuditAction.IMPORT));
        assertThat(imports).isEqualTo(2);
    }

    @Test
    void theReportHasALinePerFindingWithTheFileLineNumbers() throws Exception {
        ImportPreview preview = importer.preview(SAMPLES.resolve("patients-yixian.csv"));
        Path report = dir.resolve("report.csv");
        importer.writeReport(preview, report);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.get(0).replace("\uFEFF", "")).isEqualTo("row,status,field,message");
        assertThat(lines).anyMatch(l -> l.startsWith("2,ok,"));
        assertThat(lines).anyMatch(l -> l.startsWith("9,error,身份证号码,"));
        assertThat(lines).anyMatch(l -> l.startsWith("46,warning,身份证号码,"));
        assertThat(lines).noneMatch(l -> l.startsWith("150,"));
    }

    @Test
    void aDamagedFileIsRefusedWholeWithAReasonAndNothingIsImported() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Path binary = Files.write(dir.resolve("junk.csv"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 9});
        Path noHeader = Files.writeString(dir.resolve("noheader.csv"), "张三,男\n李四,女\n");
        for (Path bad : List.of(empty, binary, noHeader)) {
            assertThatThrownBy(() -> importer.preview(bad))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).startsWith("transfer.");
                        assertThat(TestSites.services(ws).texts().of(e)).isNotBlank();
                    });
        }
        assertThat(patients()).isZero();
    }

    @Test
    void aLabAccountMayNotImport() {
        Workstation w = TestSites.workstation(dir.resolve("ws"));
        ws.close();
        try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("lab", "检验员", Role.DESIGNATED_LAB, "lab-pass-123".toCharArray());
        }
        ws = TestSites.login(w, "lab", "lab-pass-123");
        PatientImport labImport = TestSites.services(ws).patientImport();
        assertThatThrownBy(() -> labImport.preview(SAMPLES.resolve("patients-yixian.csv")))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission"));
    }
}
