package cn.screening.workstation.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.store.StoreJson;
import java.time.Instant;
import java.util.UUID;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.transfer.SettlementList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample settlement list of 义县 (samples/README.md) imported into a county's ledger after its
 * patient list: every good line in, every bad line refused naming its field, the same file twice
 * adding nothing, the workbook giving the same ledger, and the export writing it back.
 */
class SettlementImportTest {

    static final Path CSV = Path.of("samples/settlement-yixian.csv");
    static final Path XLSX = Path.of("samples/settlement-yixian.xlsx");
    static final int GOOD = 323;

    @TempDir
    Path dir;
    Workspace ws;
    Services services;

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir.resolve("store")), "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
        var patients = services.patientImport();
        patients.commit(patients.preview(Path.of("samples/patients-yixian.csv")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    List<String> report() throws IOException {
        return Files.readAllLines(dir.resolve("report.csv"), StandardCharsets.UTF_8);
    }

    LedgerImport.Summary run(Path file, boolean dry) {
        return services.ledgerImport().run(file, dry, dir.resolve("report.csv"));
    }

    @Test
    void everyGoodLineIsImportedEveryBadOneRefusedNamingItsFieldAndTwiceAddsNothing() throws IOException {
        LedgerImport.Summary dry = run(CSV, true);
        assertThat(dry.line()).isEqualTo("rows=334 imported=" + GOOD + " skipped=1 errors=10 opened=127 dry_run=true");
        assertThat(ws.database().<Long>read(tx -> ws.ledger().count(tx, "TRUE"))).isZero();

        LedgerImport.Summary first = run(CSV, false);
        assertThat(first.line()).isEqualTo("rows=334 imported=" + GOOD + " skipped=1 errors=10 opened=127");
        List<String> r = report();
        assertThat(r.get(0)).isEqualTo("\uFEFFrow,status,field,message");
        assertThat(r).contains(
                "20,error,总费用,费用合计与各项报销及自付之和不符（总费用72129.48元，各项之和72129.47元）",
                "83,error,病种,病种不在大病专项救治目录内",
                "115,error,转诊证明编号,转市级须有县级定点医院出具的转诊证明（证明编号及出具医院）",
                "156,error,先诊疗后付费,先诊疗后付费仅限患者本县的定点医院",
                "195,error,身份证号码,本机未登记此身份证号码的患者，请先导入患者名单",
                "230,error,个人自付,金额“18724.845”无法识别：须为以元为单位、最多两位小数的非负数".replace("18724.845", cell(230, 16)),
                "260,error,一站式结算,“Y”无法识别：须填写“是”或“否”",
                "290,error,出院日期,出院日期不能早于入院日期",
                "322,skipped,入院日期,该次住院已在台账中（同一患者、病种、定点医院与入院日期），本行跳过");
        assertThat(r).anyMatch(l -> l.startsWith("47,error,人员类别,一般人员不属于大病专项救治对象"));
        assertThat(r).anyMatch(l -> l.startsWith("311,error,确诊日期,患者年龄不符合该儿童病种救治范围"));
        assertThat(r.stream().filter(l -> l.contains(",ok,")).count()).isEqualTo(GOOD);

        List<LedgerEntry> rows = ws.database().read(tx -> ws.ledger().where(tx, "TRUE", "id"));
        assertThat(rows).hasSize(127);
        assertThat(rows.stream().mapToInt(e -> e.admissions().size()).sum()).isEqualTo(GOOD);
        assertThat(rows).allMatch(e -> e.status() == TreatmentStatus.TREATED);
        assertThat(rows).allMatch(e -> e.admissions().stream().allMatch(a -> a.costs().addsUp()));
        assertThat(rows.stream().map(LedgerEntry::diseaseCode).distinct().count()).isGreaterThan(8);
        assertThat(rows.stream().map(LedgerEntry::townshipCode).distinct().count()).isGreaterThan(10);

        LedgerImport.Summary again = run(CSV, false);
        assertThat(again.line()).isEqualTo("rows=334 imported=0 skipped=" + (GOOD + 1) + " errors=10 opened=0");
        assertThat(ws.database().<Long>read(tx -> ws.ledger().count(tx, "TRUE"))).isEqualTo(127);
        // the workbook has the same lines in another column order: nothing new either
        assertThat(run(XLSX, false).line()).isEqualTo("rows=334 imported=0 skipped=" + (GOOD + 1) + " errors=10 opened=0");

        Path export = dir.resolve("ledger.csv");
        assertThat(services.recordExport().exportLedger(export, false, null)).isEqualTo(GOOD);
        List<String> out = Files.readAllLines(export, StandardCharsets.UTF_8);
        assertThat(out.get(0)).isEqualTo("\uFEFF姓名,乡镇," + String.join(",", SettlementList.COLUMNS) + ",认定,认定日期,台账编号");
        assertThat(out).hasSize(GOOD + 1);
        assertThat(String.join("\n", out)).doesNotContain("210727194009090280").contains("*");
    }

    @Test
    void theWorkbookImportsLikeTheCsv() throws IOException {
        assertThat(run(XLSX, false).line()).isEqualTo("rows=334 imported=" + GOOD + " skipped=1 errors=10 opened=127");
        assertThat(report()).anyMatch(l -> l.startsWith("20,error,总费用,"));
        assertThat(run(CSV, false).line()).isEqualTo("rows=334 imported=0 skipped=" + (GOOD + 1) + " errors=10 opened=0");
    }

    @Test
    void aDesignatedHospitalSyncedFromTheProvinceIsKnownWithItsLevelAndCounty() throws IOException {
        Path list = dir.resolve("one.csv");
        List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
        Files.write(list, List.of(lines.get(0), lines.get(1).replace("义县人民医院", "义县第二人民医院")), StandardCharsets.UTF_8);
        assertThat(run(list, true).line()).isEqualTo("rows=1 imported=0 skipped=0 errors=1 opened=0 dry_run=true");
        assertThat(report()).anyMatch(l -> l.startsWith("2,error,定点医院,"));

        SiteInfo site = new SiteInfo("210727-H2", "designated", "210727102", "义县第二人民医院", null, "county", List.of("ESOPHAGEAL_CANCER"));
        ws.database().write(ws.session().actor(), tx -> {
            ws.syncStore().references().save(tx, new PulledRecord(EntityTypes.SITE, UUID.randomUUID(), 7,
                    StoreJson.MAPPER.valueToTree(site), Instant.now(), "province", false));
            return null;
        });
        assertThat(run(list, false).line()).isEqualTo("rows=1 imported=1 skipped=0 errors=0 opened=1");
        LedgerEntry row = ws.database().read(tx -> ws.ledger().where(tx, "TRUE", "id")).get(0);
        assertThat(row.admissions()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(HospitalLevel.COUNTY);
            assertThat(a.hospitalCounty()).isEqualTo("210727");
            assertThat(a.hospitalName()).isEqualTo("义县第二人民医院");
        });
    }

    /** A cell of the CSV sample, by line and column index. */
    static String cell(int line, int column) {
        try {
            return Files.readAllLines(CSV, StandardCharsets.UTF_8).get(line - 1).split(",", -1)[column];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
