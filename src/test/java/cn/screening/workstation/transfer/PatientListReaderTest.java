package cn.screening.workstation.transfer;

import static cn.screening.workstation.transfer.PatientListColumn.BIRTH_DATE;
import static cn.screening.workstation.transfer.PatientListColumn.CATEGORY;
import static cn.screening.workstation.transfer.PatientListColumn.ID_NUMBER;
import static cn.screening.workstation.transfer.PatientListColumn.NAME;
import static cn.screening.workstation.transfer.PatientListColumn.PHONE;
import static cn.screening.workstation.transfer.PatientListColumn.TOWNSHIP;
import static cn.screening.workstation.transfer.PatientListColumn.VILLAGE;
import static cn.screening.workstation.transfer.PatientListFixtures.ID;
import static cn.screening.workstation.transfer.PatientListFixtures.ID2;
import static cn.screening.workstation.transfer.PatientListFixtures.header;
import static cn.screening.workstation.transfer.PatientListFixtures.row;
import static cn.screening.workstation.transfer.PatientListFixtures.style;
import static cn.screening.workstation.transfer.PatientListFixtures.workbook;
import static cn.screening.workstation.transfer.PatientListFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientListReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset UTF8 = StandardCharsets.UTF_8;

    @TempDir
    Path dir;

    private final PatientListReader reader = new PatientListReader();

    @Nested
    class Csv {

        @Test
        void readsColumnsInAnyOrderAndIgnoresExtraOnes() throws Exception {
            Path file = write(dir, "list.csv", "序号,身份证号码,备注,姓名,人员类别\n1,11010519491231002X,无,张三,低保户\n", UTF8);

            PatientListFile list = reader.read(file);

            assertThat(list.headerCells()).containsExactly("序号", "身份证号码", "备注", "姓名", "人员类别");
            assertThat(list.rows()).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(2);
                assertThat(row.values()).containsExactlyInAnyOrderEntriesOf(
                        Map.of(NAME, "张三", ID_NUMBER, ID, CATEGORY, "低保户"));
                assertThat(row.value(PHONE)).isEmpty();
            });
        }

        @Test
        void toleratesBomSpacesParenthesesAndSynonyms() throws Exception {
            Path file = write(dir, "list.csv",
                    "\uFEFF 姓 名 ,公民身份号码,手机号码,乡镇(街道),行政村,类别\n王五,11010519491231002X,13800000000,城关街道,东街,一般户\n",
                    UTF8);

            PatientListRow row = reader.read(file).rows().get(0);

            assertThat(row.values()).containsExactlyInAnyOrderEntriesOf(Map.of(NAME, "王五", ID_NUMBER, ID,
                    PHONE, "13800000000", TOWNSHIP, "城关街道", VILLAGE, "东街", CATEGORY, "一般户"));
        }

        @Test
        void acceptsTheOtherSynonyms() {
            assertThat(PatientListColumn.ofHeader("身份证号")).contains(ID_NUMBER);
            assertThat(PatientListColumn.ofHeader("证件号码")).contains(ID_NUMBER);
            assertThat(PatientListColumn.ofHeader("电话")).contains(PHONE);
            assertThat(PatientListColumn.ofHeader("乡镇")).contains(TOWNSHIP);
            assertThat(PatientListColumn.ofHeader("乡镇（街道）")).contains(TOWNSHIP);
            assertThat(PatientListColumn.ofHeader("村")).contains(VILLAGE);
            assertThat(PatientListColumn.ofHeader("村（居）委会")).contains(VILLAGE);
            assertThat(PatientListColumn.ofHeader("村(居)委会")).contains(VILLAGE);
            assertThat(PatientListColumn.ofHeader("人员类型")).contains(CATEGORY);
            assertThat(PatientListColumn.ofHeader("*姓名")).contains(NAME);
            assertThat(PatientListColumn.ofHeader("身份证\n号码")).contains(ID_NUMBER);
            assertThat(PatientListColumn.ofHeader("备注")).isEmpty();
        }

        @Test
        void readsGbkLikeUtf8() throws Exception {
            String text = "姓名,身份证号码,乡镇（街道）\r\n张三,11010519491231002X,聚粮屯镇\r\n";
            PatientListFile fromGbk = reader.read(write(dir, "gbk.csv", text, GBK));
            PatientListFile fromUtf8 = reader.read(write(dir, "utf8.csv", text, UTF8));

            assertThat(fromGbk).isEqualTo(fromUtf8);
            assertThat(fromGbk.rows().get(0).value(TOWNSHIP)).isEqualTo("聚粮屯镇");
        }

        @Test
        void detectsGbkEvenWhenTheFirstChineseIsFarIntoTheFile() throws Exception {
            StringBuilder text = new StringBuilder("姓名,身份证号码\n");
            for (int i = 0; i < 5000; i++) {
                text.append("Li").append(i).append(',').append(ID).append('\n');
            }
            text.append("李四,").append(ID2).append('\n');
            List<PatientListRow> rows = reader.read(write(dir, "late.csv", text.toString(), GBK)).rows();

            assertThat(rows).hasSize(5001);
            assertThat(rows.get(5000).value(NAME)).isEqualTo("李四");
        }

        @Test
        void acceptsSemicolonAndTabWhenTheHeaderUsesThem() throws Exception {
            PatientListFile semicolons = reader.read(write(dir, "semi.csv", "姓名;身份证号码\n张三;" + ID + "\n", UTF8));
            PatientListFile tabs = reader.read(write(dir, "tabs.txt", "姓名\t身份证号码\n张三\t" + ID + "\n", UTF8));

            assertThat(semicolons.rows().get(0).value(ID_NUMBER)).isEqualTo(ID);
            assertThat(tabs.rows().get(0).value(ID_NUMBER)).isEqualTo(ID);
        }

        @Test
        void readsExcelUnicodeTextWhichIsUtf16() throws Exception {
            byte[] body = "姓名\t身份证号码\r\n张三\t11010519491231002X\r\n".getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bytes, 2, body.length);
            Path file = dir.resolve("unicode.txt");
            Files.write(file, bytes);

            assertThat(reader.read(file).rows().get(0).value(NAME)).isEqualTo("张三");
        }

        @Test
        void skipsBlankRowsButCountsThem() throws Exception {
            Path file = write(dir, "gaps.csv", "姓名,身份证号码\r\n\r\n张三," + ID + "\r\n,\r\n  ,  \r\n李四," + ID2 + "\r\n", UTF8);

            assertThat(reader.read(file).rows()).extracting(PatientListRow::line).containsExactly(3, 6);
        }

        @Test
        void countsRecordsNotPhysicalLinesWhenACellHoldsALineBreak() throws Exception {
            Path file = write(dir, "multi.csv", "姓名,身份证号码,村\n\"张\n三\"," + ID + ",东街\n李四," + ID2 + ",西街\n", UTF8);

            assertThat(reader.read(file).rows()).extracting(PatientListRow::line).containsExactly(2, 3);
        }

        @Test
        void findsTheHeaderBelowATitleRow() throws Exception {
            Path file = write(dir, "title.csv", "义县建档立卡人员名单,,\n姓名,身份证号码,性别\n张三," + ID + ",女\n", UTF8);

            PatientListFile list = reader.read(file);

            assertThat(list.headerCells()).containsExactly("姓名", "身份证号码", "性别");
            assertThat(list.rows().get(0).line()).isEqualTo(3);
        }

        @Test
        void skipsRowsWhereOnlyAnIgnoredColumnIsFilled() throws Exception {
            Path file = write(dir, "numbered.csv", "序号,姓名,身份证号码\n1,张三," + ID + "\n2,,\n3,,\n", UTF8);

            assertThat(reader.read(file).rows()).hasSize(1);
        }

        @Test
        void trimsCellsAndUnwrapsExcelTextFormulas() throws Exception {
            Path file = write(dir, "ids.csv", "姓名,身份证号码\n\u3000张三 ,\"=\"\"" + ID + "\"\"\"\n", UTF8);

            PatientListRow row = reader.read(file).rows().get(0);

            assertThat(row.value(NAME)).isEqualTo("张三");
            assertThat(row.value(ID_NUMBER)).isEqualTo(ID);
        }

        @Test
        void shortRowsGiveEmptyCells() throws Exception {
            Path file = write(dir, "short.csv", "姓名,身份证号码,联系电话\n张三\n", UTF8);

            PatientListRow row = reader.read(file).rows().get(0);

            assertThat(row.value(ID_NUMBER)).isEmpty();
            assertThat(row.values()).containsKeys(NAME, ID_NUMBER, PHONE);
        }

        @Test
        void theFirstOfTwoColumnsForTheSameFieldWins() throws Exception {
            Path file = write(dir, "two.csv", "姓名,身份证号码,联系电话,电话\n张三," + ID + ",13800000000,13900000000\n", UTF8);

            assertThat(reader.read(file).rows().get(0).value(PHONE)).isEqualTo("13800000000");
        }
    }

    @Nested
    class Xlsx {

        @Test
        void readsCellsAsShownAndDatesAsIso() throws Exception {
            Path file = workbook(dir, "list.xlsx", (wb, sheet) -> {
                header(sheet, "序号", "出生日期", "姓名", "身份证号码", "联系电话");
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue(1);
                row.createCell(1).setCellValue(LocalDate.of(1987, 3, 5));
                row.getCell(1).setCellStyle(style(wb, "yyyy\"年\"m\"月\"d\"日\""));
                row.createCell(2).setCellValue("张三");
                row.createCell(3).setCellValue(ID);
                row.createCell(4).setCellValue(13800000000d);
            });

            PatientListRow row = reader.read(file).rows().get(0);

            assertThat(row.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    BIRTH_DATE, "1987-03-05", NAME, "张三", ID_NUMBER, ID, PHONE, "13800000000"));
        }

        @Test
        void returnsAnIdThatExcelTurnedIntoANumberAsExcelShowsIt() throws Exception {
            Path file = workbook(dir, "sci.xlsx", (wb, sheet) -> {
                header(sheet, "姓名", "身份证号码");
                Row general = sheet.createRow(1);
                general.createCell(0).setCellValue("张三");
                general.createCell(1).setCellValue(210727199001011234d);
                Row whole = sheet.createRow(2);
                whole.createCell(0).setCellValue("李四");
                whole.createCell(1).setCellValue(210727199001011234d);
                whole.getCell(1).setCellStyle(style(wb, "0"));
            });

            List<PatientListRow> rows = reader.read(file).rows();

            // Excel keeps 15 significant digits: the rest is gone and must not be guessed.
            assertThat(rows.get(0).value(ID_NUMBER)).isEqualTo("2.10727E+17");
            assertThat(rows.get(1).value(ID_NUMBER)).isEqualTo("210727199001011000");
        }

        @Test
        void countsRowNumbersAsExcelShowsThemAndSkipsBlankRows() throws Exception {
            Path file = workbook(dir, "gaps.xlsx", (wb, sheet) -> {
                header(sheet, "姓名", "身份证号码");
                row(sheet, 3, "张三", ID);
                Row empty = sheet.createRow(4);
                empty.createCell(0).setCellValue("");
                row(sheet, 6, "李四", ID2);
            });

            assertThat(reader.read(file).rows()).extracting(PatientListRow::line).containsExactly(4, 7);
        }

        @Test
        void readsOnlyTheFirstSheet() throws Exception {
            Path file = workbook(dir, "sheets.xlsx", (wb, sheet) -> {
                header(sheet, "姓名", "身份证号码");
                row(sheet, 1, "张三", ID);
                Sheet other = wb.createSheet("其他");
                header(other, "姓名", "身份证号码");
                row(other, 1, "李四", ID2);
            });

            assertThat(reader.read(file).rows()).extracting(r -> r.value(NAME)).containsExactly("张三");
        }

        @Test
        void sparseCellsLandInTheirColumns() throws Exception {
            Path file = workbook(dir, "sparse.xlsx", (wb, sheet) -> {
                header(sheet, "姓名", "性别", "出生日期", "身份证号码");
                Row row = sheet.createRow(1);
                row.createCell(3).setCellValue(ID);
            });

            PatientListRow row = reader.read(file).rows().get(0);

            assertThat(row.value(ID_NUMBER)).isEqualTo(ID);
            assertThat(row.value(NAME)).isEmpty();
        }
    }

    @Test
    void refusesANonPositiveRowLimit() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new PatientListReader(0))).isNotNull();
    }
}
