package cn.screening.workstation.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.domain.report.MonthlyFigures;
import cn.screening.workstation.domain.report.ReportColumn;
import cn.screening.workstation.domain.report.ReportColumns;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of tables A, B and C, for the sample ledger of 义县, equals a recount made here from
 * the {@code export ledger} file alone (and the bundled list of designated hospitals for their level
 * and county), and names the same ledger rows.
 */
class MonthlyReportRecountTest {

    @TempDir
    Path dir;
    ReportFixture f;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Status columns: the export has each row's status now, which is its status at the end of a month after the last step. */
    static final Set<String> STATUS = Set.of(ReportColumns.TREATED, ReportColumns.TREATED_NEW, ReportColumns.TREATING,
            ReportColumns.WAITING, ReportColumns.CHRONIC, ReportColumns.DIED, ReportColumns.LOST, ReportColumns.TREATMENT_RATE);

    @Test
    void aprilStaysAmountsAndCertificationsEqualTheRecountFromTheExportedLedger() throws IOException {
        ReportPeriod april = ReportPeriod.parse("2026-04").orElseThrow();
        BuiltReport report = f.builder().build(april);
        Recount recount = new Recount(exported(), april);

        assertThat(recount.certifiedRows).hasSizeBetween(40, 120);
        assertThat(recount.stays).isGreaterThan(20);
        assertSame(report.figures().table(MonthlyFigures.BY_DISEASE_TABLE), recount.byLine(l -> l.disease), STATUS);
        assertSame(report.figures().table(MonthlyFigures.BY_TOWNSHIP_TABLE), recount.byLine(l -> l.township), STATUS);
        assertSame(report.figures().table(MonthlyFigures.BY_HOSPITAL_TABLE), recount.byHospital(), Set.of());
        ReportTable a = report.figures().table(MonthlyFigures.BY_DISEASE_TABLE);
        assertThat(a.figure("total", ReportColumns.TOTAL_COST).value()).isPositive();
        assertThat(a.figure("total", ReportColumns.CERTIFIED_NEW).value()).isEqualTo(recount.certifiedRows.size());
        assertThat(Set.copyOf(report.figures().rowsBehind("A", "total", ReportColumns.CERTIFIED))).isEqualTo(recount.certifiedRows);
    }

    @Test
    void decemberAfterTheLastStepEqualsTheRecountInEveryColumn() throws IOException {
        f.clock.advance(java.time.Duration.ofDays(15));
        ReportPeriod december = ReportPeriod.parse("2026-12").orElseThrow();
        BuiltReport report = f.builder().build(december);
        Recount recount = new Recount(exported(), december);

        assertThat(recount.certifiedRows).hasSizeGreaterThan(90);
        assertSame(report.figures().table("A"), recount.byLine(l -> l.disease), Set.of());
        assertSame(report.figures().table("B"), recount.byLine(l -> l.township), Set.of());
        ReportTable a = report.figures().table("A");
        assertThat(a.figure("total", ReportColumns.CERTIFIED_NEW).value()).isZero();
        assertThat(a.figure("total", ReportColumns.CERTIFIED).value()).isEqualTo(recount.certifiedRows.size());
        assertThat(report.figures().table("C").lines()).hasSize(1); // 合计 alone
    }

    private List<Map<String, String>> exported() throws IOException {
        Path out = dir.resolve("ledger.csv");
        f.services.recordExport().exportLedger(out, false, null);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(header.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Each line of the table (合计 included) against the recount of its key; a line the recount lacks must be all zero. */
    private static void assertSame(ReportTable table, Map<String, Map<String, Figure>> expected, Set<String> skipped) {
        for (ReportLine line : table.lines()) {
            Map<String, Figure> want = expected.getOrDefault(line.key().equals("total") ? "合计" : line.label(), Map.of());
            for (ReportColumn c : table.columns()) {
                if (skipped.contains(c.key())) {
                    continue;
                }
                Figure got = line.figures().get(table.column(c.key()));
                Figure w = want.getOrDefault(c.key(), new Figure(0, 0, List.of()));
                assertThat(got.value()).as(table.key() + " " + line.label() + " " + c.label()).isEqualTo(w.value());
                assertThat(got.of()).as(table.key() + " " + line.label() + " " + c.label() + " denominator").isEqualTo(w.of());
                if (c.measure() != cn.screening.workstation.domain.report.Measure.RATE && w.value() != 0) {
                    assertThat(Set.copyOf(got.rows())).as(table.key() + " " + line.label() + " " + c.label() + " rows")
                            .isEqualTo(Set.copyOf(w.rows()));
                }
            }
        }
        Set<String> labels = table.lines().stream().map(l -> l.key().equals("total") ? "合计" : l.label()).collect(Collectors.toSet());
        assertThat(labels).containsAll(expected.keySet());
    }

    /** One exported line: a stay of a ledger row. */
    record Stay(UUID row, String disease, String township, String hospital, LocalDate discharged, String status,
                String certification, LocalDate certifiedOn, Map<String, Long> fen, boolean oneStop, boolean treatFirst) {
    }

    /** The recount, from the export's cells only. */
    static final class Recount {
        final List<Stay> all = new ArrayList<>();
        final Set<UUID> certifiedRows = new HashSet<>();
        final Set<UUID> certifiedThisMonth = new HashSet<>();
        final ReportPeriod period;
        final Map<String, String[]> hospitals = new HashMap<>();
        int stays;

        Recount(List<Map<String, String>> lines, ReportPeriod period) throws IOException {
            this.period = period;
            for (String l : Files.readAllLines(Path.of("src/main/resources/cn/screening/workstation/reference/designated-hospitals.csv"),
                    StandardCharsets.UTF_8).subList(1, 8)) {
                String[] c = l.split(",");
                hospitals.put(c[0], c);
            }
            for (Map<String, String> l : lines) {
                Map<String, Long> fen = new HashMap<>();
                for (String col : List.of("总费用", "医院减免", "其他", "个人自付")) {
                    fen.put(col, fen(l.get(col)));
                }
                for (Payer p : Payer.values()) {
                    fen.put(p.zh(), fen(l.get(p.zh())));
                }
                Stay s = new Stay(UUID.fromString(l.get("台账编号")), l.get("病种"), l.get("乡镇"), l.get("定点医院"),
                        l.get("出院日期").isEmpty() ? null : LocalDate.parse(l.get("出院日期")), l.get("救治状态"), l.get("认定"),
                        l.get("认定日期").isEmpty() ? null : LocalDate.parse(l.get("认定日期")), fen,
                        "是".equals(l.get("一站式结算")), "是".equals(l.get("先诊疗后付费")));
                all.add(s);
                if (s.certification().equals("已认定") && !s.certifiedOn().isAfter(period.last())) {
                    certifiedRows.add(s.row());
                    if (period.contains(s.certifiedOn())) {
                        certifiedThisMonth.add(s.row());
                    }
                    if (period.contains(s.discharged())) {
                        stays++;
                    }
                }
            }
        }

        static long fen(String yuan) {
            return yuan == null || yuan.isEmpty() ? 0 : new BigDecimal(yuan).movePointRight(2).longValueExact();
        }

        /** Tables A and B: per key (disease or township name) and 合计. */
        Map<String, Map<String, Figure>> byLine(Function<Stay, String> key) {
            Map<String, Map<String, Acc>> out = new TreeMap<>();
            Map<UUID, List<Stay>> byRow = all.stream().filter(s -> certifiedRows.contains(s.row()))
                    .collect(Collectors.groupingBy(Stay::row));
            byRow.forEach((row, stays) -> {
                Stay first = stays.get(0);
                for (String k : List.of(key.apply(first), "合计")) {
                    Map<String, Acc> m = out.computeIfAbsent(k, x -> new HashMap<>());
                    add(m, ReportColumns.CERTIFIED, 1, 0, row);
                    if (certifiedThisMonth.contains(row)) {
                        add(m, ReportColumns.CERTIFIED_NEW, 1, 0, row);
                    }
                    String column = switch (first.status()) {
                        case "已救治" -> ReportColumns.TREATED;
                        case "正在救治" -> ReportColumns.TREATING;
                        case "待救治" -> ReportColumns.WAITING;
                        default -> null;
                    };
                    if (column != null) {
                        add(m, column, 1, 0, row);
                    }
                    LocalDate lastDischarge = stays.stream().map(Stay::discharged).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
                    if (first.status().equals("已救治") && period.contains(lastDischarge)) {
                        add(m, ReportColumns.TREATED_NEW, 1, 0, row);
                    }
                    add(m, ReportColumns.TREATMENT_RATE, column == ReportColumns.TREATED || column == ReportColumns.TREATING ? 1 : 0, 1, row);
                    for (Stay s : stays) {
                        if (!period.contains(s.discharged())) {
                            continue;
                        }
                        String[] h = hospitals.get(s.hospital());
                        add(m, h[2].equals("COUNTY") ? ReportColumns.COUNTY_STAYS : ReportColumns.CITY_STAYS, 1, 0, row);
                        add(m, ReportColumns.IN_COUNTY_SHARE, h[1].equals("210727") ? 1 : 0, 1, row);
                        add(m, ReportColumns.TOTAL_COST, s.fen().get("总费用"), 0, row);
                        for (Payer p : Payer.values()) {
                            add(m, ReportColumns.payer(p), s.fen().get(p.zh()), 0, row);
                        }
                        add(m, ReportColumns.WAIVER, s.fen().get("医院减免"), 0, row);
                        add(m, ReportColumns.OTHER, s.fen().get("其他"), 0, row);
                        add(m, ReportColumns.OUT_OF_POCKET, s.fen().get("个人自付"), 0, row);
                        add(m, ReportColumns.OUT_OF_POCKET_SHARE, s.fen().get("个人自付"), s.fen().get("总费用"), row);
                        if (s.treatFirst()) {
                            add(m, ReportColumns.TREAT_FIRST, 1, 0, row);
                        }
                        if (s.oneStop()) {
                            add(m, ReportColumns.ONE_STOP, 1, 0, row);
                        }
                    }
                }
            });
            return figures(out);
        }

        /** Table C: per hospital name and 合计. */
        Map<String, Map<String, Figure>> byHospital() {
            Map<String, Map<String, Acc>> out = new TreeMap<>();
            for (Stay s : all) {
                if (!certifiedRows.contains(s.row()) || !period.contains(s.discharged())) {
                    continue;
                }
                for (String k : List.of(s.hospital(), "合计")) {
                    Map<String, Acc> m = out.computeIfAbsent(k, x -> new HashMap<>());
                    add(m, ReportColumns.STAYS, 1, 0, s.row());
                    add(m, ReportColumns.TOTAL_COST, s.fen().get("总费用"), 0, s.row());
                    add(m, ReportColumns.OUT_OF_POCKET, s.fen().get("个人自付"), 0, s.row());
                    add(m, ReportColumns.WAIVER, s.fen().get("医院减免"), 0, s.row());
                }
            }
            return figures(out);
        }

        private static final class Acc {
            long value;
            long of;
            final Set<UUID> rows = new HashSet<>();
        }

        private static void add(Map<String, Acc> m, String column, long value, long of, UUID row) {
            Acc a = m.computeIfAbsent(column, x -> new Acc());
            a.value += value;
            a.of += of;
            if (value != 0 || of != 0) {
                a.rows.add(row);
            }
        }

        private static Map<String, Map<String, Figure>> figures(Map<String, Map<String, Acc>> accs) {
            Map<String, Map<String, Figure>> out = new TreeMap<>();
            accs.forEach((k, m) -> {
                Map<String, Figure> f = new HashMap<>();
                m.forEach((c, a) -> f.put(c, new Figure(a.value, a.of, List.copyOf(a.rows))));
                out.put(k, f);
            });
            return out;
        }
    }
}
