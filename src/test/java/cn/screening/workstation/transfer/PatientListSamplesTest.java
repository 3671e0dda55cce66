package cn.screening.workstation.transfer;

import static cn.screening.workstation.transfer.PatientListColumn.BIRTH_DATE;
import static cn.screening.workstation.transfer.PatientListColumn.ID_NUMBER;
import static cn.screening.workstation.transfer.PatientListColumn.NAME;
import static cn.screening.workstation.transfer.PatientListColumn.SEX;
import static cn.screening.workstation.transfer.PatientListColumn.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.transfer.SamplePatientListGenerator.Defect;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed samples read the same in every format and hold exactly the defects samples/README.md lists. */
class PatientListSamplesTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Set<String> YIXIAN_TOWNSHIPS = Set.of("义州街道", "城关街道", "刘龙台镇", "七里河镇",
            "大榆树堡镇", "稍户营子镇", "九道岭镇", "高台子镇", "瓦子峪镇", "头台镇", "前杨镇", "张家堡镇", "头道河镇",
            "留龙沟镇", "聚粮屯镇", "地藏寺满族乡", "大定堡满族乡", "白庙子乡");

    private static PatientListFile utf8;
    private static PatientListFile gbk;
    private static PatientListFile xlsx;

    @BeforeAll
    static void readSamples() throws PatientListException {
        PatientListReader reader = new PatientListReader();
        utf8 = reader.read(SAMPLES.resolve("patients-yixian.csv"));
        gbk = reader.read(SAMPLES.resolve("patients-yixian-gbk.csv"));
        xlsx = reader.read(SAMPLES.resolve("patients-yixian.xlsx"));
    }

    @Test
    void everyFormatGivesTheSameRows() {
        assertThat(utf8.rows()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(gbk.rows()).isEqualTo(utf8.rows());
        assertThat(xlsx.rows()).isEqualTo(utf8.rows());
    }

    @Test
    void headersAreKeptAsWritten() {
        assertThat(utf8.headerCells()).isEqualTo(SamplePatientListGenerator.HEADER);
        assertThat(gbk.headerCells()).isEqualTo(SamplePatientListGenerator.HEADER);
        assertThat(xlsx.headerCells()).isEqualTo(SamplePatientListGenerator.XLSX_HEADER);
    }

    @Test
    void lineNumbersCountTheHeaderAndTheBlankLine() {
        int blank = SamplePatientListGenerator.BLANK_LINE;
        assertThat(utf8.rows().get(0).line()).isEqualTo(2);
        assertThat(utf8.rows()).extracting(PatientListRow::line).doesNotContain(blank);
        assertThat(utf8.rows().get(blank - 3).line()).isEqualTo(blank - 1);
        assertThat(utf8.rows().get(blank - 2).line()).isEqualTo(blank + 1);
        assertThat(utf8.rows().get(utf8.rows().size() - 1).line())
                .isEqualTo(SamplePatientListGenerator.DATA_ROWS + 2);
    }

    @Test
    void theDeliberateDefectsAreWhereTheReadmeSays() {
        Map<Integer, PatientListRow> byLine = utf8.rows().stream()
                .collect(Collectors.toMap(PatientListRow::line, Function.identity()));

        String badChecksum = byLine.get(Defect.BAD_CHECKSUM.line).value(ID_NUMBER);
        assertThat(badChecksum).hasSize(18);
        assertThat(badChecksum.charAt(17)).isNotEqualTo(SamplePatientListGenerator.checkCharacter(badChecksum));

        String impossible = byLine.get(Defect.IMPOSSIBLE_BIRTH_DATE.line).value(ID_NUMBER);
        assertThat(impossible.substring(6, 14)).isEqualTo("19870230");
        assertThat(impossible.charAt(17)).isEqualTo(SamplePatientListGenerator.checkCharacter(impossible));

        assertThat(byLine.get(Defect.LEGACY_15_DIGITS.line).value(ID_NUMBER)).hasSize(15);

        PatientListRow mismatch = byLine.get(Defect.SEX_MISMATCH.line);
        assertThat(validIdSex(mismatch.value(ID_NUMBER))).isEqualTo("男");
        assertThat(mismatch.value(SEX)).isEqualTo("女");

        assertThat(byLine.get(Defect.BLANK_NAME.line).value(NAME)).isEmpty();

        assertThat(byLine.get(Defect.DUPLICATE_ID.line).value(ID_NUMBER))
                .isEqualTo(byLine.get(SamplePatientListGenerator.DUPLICATED_LINE).value(ID_NUMBER));

        assertThat(byLine.get(Defect.TOWNSHIP_OUTSIDE_COUNTY.line).value(TOWNSHIP)).isNotIn(YIXIAN_TOWNSHIPS);

        LocalDate childBirth = LocalDate.parse(byLine.get(Defect.CHILD_WITHOUT_GUARDIAN.line).value(BIRTH_DATE));
        assertThat(childBirth.plusYears(14)).isAfter(SamplePatientListGenerator.REFERENCE_DAY);
    }

    @Test
    void everyOtherRowIsValid() {
        Set<Integer> defective = Arrays.stream(Defect.values()).map(d -> d.line).collect(Collectors.toSet());
        DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
        for (PatientListRow row : utf8.rows()) {
            if (defective.contains(row.line())) {
                continue;
            }
            String id = row.value(ID_NUMBER);
            assertThat(id).as("line %d", row.line()).matches("210727\\d{11}[\\dX]");
            assertThat(id.charAt(17)).as("line %d", row.line()).isEqualTo(SamplePatientListGenerator.checkCharacter(id));
            LocalDate birth = LocalDate.parse(id.substring(6, 14), strict);
            assertThat(row.value(BIRTH_DATE)).isEqualTo(birth.toString());
            assertThat(birth).isBetween(LocalDate.of(1940, 1, 1), SamplePatientListGenerator.REFERENCE_DAY.minusYears(14));
            assertThat(row.value(SEX)).isEqualTo(validIdSex(id));
            assertThat(row.value(NAME)).hasSizeBetween(2, 3);
            assertThat(row.value(PatientListColumn.PHONE)).matches("1[358]\\d{9}");
            assertThat(row.value(TOWNSHIP)).isIn(YIXIAN_TOWNSHIPS);
            assertThat(row.value(PatientListColumn.VILLAGE)).isNotBlank();
            assertThat(row.value(PatientListColumn.CATEGORY))
                    .isIn("建档立卡贫困户", "低保户", "特困供养", "计生特殊困难家庭", "一般户");
        }
        long distinctIds = utf8.rows().stream().map(r -> r.value(ID_NUMBER)).distinct().count();
        assertThat(distinctIds).isEqualTo(utf8.rows().size() - 1);
    }

    @Test
    void theGeneratorIsDeterministic(@org.junit.jupiter.api.io.TempDir Path divisions) throws Exception {
        // the generator reads the division tables as shipped in shared/; the app bundles the same tables gzipped
        for (String table : java.util.List.of("streets.csv", "villages-jinzhou-2107.csv")) {
            try (var in = new java.util.zip.GZIPInputStream(java.util.Objects.requireNonNull(
                    getClass().getResourceAsStream("/cn/screening/workstation/divisions/" + table + ".gz")))) {
                java.nio.file.Files.copy(in, divisions.resolve(table));
            }
        }
        String first = SamplePatientListGenerator.toCsv(new SamplePatientListGenerator(divisions).generate());
        String second = SamplePatientListGenerator.toCsv(new SamplePatientListGenerator(divisions).generate());
        assertThat(second).isEqualTo(first);
        String committed = java.nio.file.Files.readString(SAMPLES.resolve("patients-yixian.csv"));
        assertThat(committed).isEqualTo("\uFEFF" + first);
    }

    private static String validIdSex(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }
}
