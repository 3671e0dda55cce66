package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.transfer.ImportStatus;
import cn.screening.workstation.transfer.ImportVerdictLine;
import cn.screening.workstation.transfer.XlsxTableWriter;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * samples/patients-groups.csv (and the same rows as a workbook): the programme's own wording of the
 * groups, a township the division table no longer has, and a re-import. See samples/README.md.
 */
class PatientImportGroupsTest {

    static final Path SAMPLE = Path.of("samples", "patients-groups.csv");
    static final int UNKNOWN_GROUP_LINE = 12;
    static final int UNKNOWN_TOWNSHIP_LINE = 13;

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

    /** The CSV as committed, or the same rows saved as a workbook by the project's own XLSX writer. */
    Path file(String format) throws Exception {
        if (format.equals("csv")) {
            return SAMPLE;
        }
        List<List<String>> rows = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).stream()
                .map(l -> Arrays.asList(l.replace("\uFEFF", "").split(",", -1))).toList();
        Path xlsx = dir.resolve("patients-groups.xlsx");
        new XlsxTableWriter().write(xlsx, "名单", rows.get(0), rows.subList(1, rows.size()));
        return xlsx;
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void everyRowIsImportedWithTheGroupTheListNames(String format) throws Exception {
        ImportPreview preview = importer.preview(file(format));
        Map<Integer, ImportRowVerdict> byLine = preview.rows().stream().collect(Collectors.toMap(ImportRowVerdict::line, r -> r));
        assertThat(byLine).hasSize(12);
        assertThat(preview.errorCount()).isZero();
        assertThat(preview.importableCount()).isEqualTo(12);

        assertThat(byLine.get(2).patient().povertyStatus()).isEqualTo(PovertyStatus.REGISTERED_POOR);
        assertThat(byLine.get(3).patient().povertyStatus()).isEqualTo(PovertyStatus.EXTREME_POVERTY);
        assertThat(byLine.get(4).patient().povertyStatus()).isEqualTo(PovertyStatus.MINIMUM_LIVING);
        assertThat(byLine.get(5).patient().povertyStatus()).isEqualTo(PovertyStatus.FAMILY_PLANNING_HARDSHIP);
        assertThat(byLine.get(6).patient().povertyStatus()).isEqualTo(PovertyStatus.REGISTERED_POOR);
        assertThat(byLine.get(7).patient().povertyStatus()).isEqualTo(PovertyStatus.EXTREME_POVERTY);
        assertThat(byLine.get(8).patient().povertyStatus()).isEqualTo(PovertyStatus.REGISTERED_POOR);
        assertThat(byLine.get(9).patient().povertyStatus()).isEqualTo(PovertyStatus.EXTREME_POVERTY);
        assertThat(byLine.get(10).patient().povertyStatus()).isEqualTo(PovertyStatus.MINIMUM_LIVING);
        assertThat(byLine.get(11).patient().povertyStatus()).isEqualTo(PovertyStatus.NONE);
        for (int line = 2; line <= 11; line++) {
            assertThat(byLine.get(line).status()).as("line %d", line).isEqualTo(ImportStatus.OK);
        }

        ImportRowVerdict unknownGroup = byLine.get(UNKNOWN_GROUP_LINE);
        assertThat(unknownGroup.status()).isEqualTo(ImportStatus.WARNING);
        assertThat(unknownGroup.lines()).singleElement().satisfies(l -> {
            assertThat(l.field()).isEqualTo("人员类别");
            assertThat(l.message()).contains("边缘易致贫户");
        });

        ImportRowVerdict unknownTownship = byLine.get(UNKNOWN_TOWNSHIP_LINE);
        assertThat(unknownTownship.lines()).extracting(ImportVerdictLine::status).containsOnly(ImportStatus.WARNING);
        assertThat(unknownTownship.lines()).singleElement().satisfies(l -> assertThat(l.message()).contains("双山乡", "已作为地址文字保存"));
        assertThat(unknownTownship.importable()).isTrue();

        assertThat(importer.commit(preview).imported()).isEqualTo(12);
        Patient stored = ws.database().read(tx -> ws.patients().findByIdentity(tx,
                unknownTownship.patient().idType(), unknownTownship.patient().idNumber())).orElseThrow();
        assertThat(stored.address().townshipCode()).isNull();
        assertThat(stored.address().detail()).isEqualTo("双山乡");
        assertThat(stored.povertyStatus()).isEqualTo(PovertyStatus.MINIMUM_LIVING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void aReImportShowsRegisteredRowsAsSkippedNotAsWarnings(String format) throws Exception {
        importer.commit(importer.preview(file(format)));

        ImportPreview again = importer.preview(file(format));
        assertThat(again.rows()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ImportStatus.SKIPPED);
            assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.message()).contains("已登记"));
        });
        assertThat(again.warningCount()).isZero();
        assertThat(again.alreadyRegisteredCount()).isEqualTo(12);
        ImportSummary summary = importer.commit(again);
        assertThat(summary.imported()).isZero();
        assertThat(summary.withWarnings()).isZero();

        Path report = dir.resolve("again.csv");
        importer.writeReport(again, report);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).hasSize(12).allMatch(l -> l.matches("\\d+,skipped,身份证号码,.*已登记.*"));
    }
}
