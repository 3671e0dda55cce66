package cn.screening.workstation.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the synthetic patient lists in samples/: 义县 (210727) residents with valid resident ID
 * numbers, plus a few deliberately bad rows at fixed lines (see samples/README.md). Deterministic:
 * the same seed gives the same rows.
 *
 * <p>Arguments: the folder of the division tables (default {@code ../shared/data/divisions}) and
 * the output folder (default {@code samples}). How to run it: samples/README.md.
 */
public final class SamplePatientListGenerator {

    static final long SEED = 20_250_607L;
    static final String COUNTY_CODE = "210727";
    static final int DATA_ROWS = 230;
    /** A blank line in the middle, as Excel exports sometimes have: skipped but counted. */
    static final int BLANK_LINE = 150;
    /** Ages are reckoned on this day, so the files do not change with the calendar. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

    static final List<String> HEADER = List.of(
            "姓名", "身份证号码", "性别", "出生日期", "联系电话", "乡镇（街道）", "村（居）委会", "人员类别");
    /** The workbook's own order, with a 序号 column in front. */
    static final List<String> XLSX_HEADER = List.of(
            "序号", "乡镇（街道）", "村（居）委会", "姓名", "身份证号码", "性别", "出生日期", "人员类别", "联系电话");

    /** The deliberately bad rows, by line number (the header is line 1). */
    enum Defect {
        BAD_CHECKSUM(9), IMPOSSIBLE_BIRTH_DATE(27), LEGACY_15_DIGITS(46), SEX_MISMATCH(68),
        BLANK_NAME(95), DUPLICATE_ID(121), TOWNSHIP_OUTSIDE_COUNTY(173), CHILD_WITHOUT_GUARDIAN(204);

        final int line;

        Defect(int line) {
            this.line = line;
        }
    }

    /** The earlier row whose ID number {@link Defect#DUPLICATE_ID} repeats. */
    static final int DUPLICATED_LINE = 14;
    static final String OUTSIDE_TOWNSHIP_CODE = "210726101";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余"
            + "潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹关佟";
    private static final String MALE_CHARS = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子"
            + "杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮"
            + "政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛";
    private static final String FEMALE_CHARS = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉"
            + "琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨"
            + "瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";
    private static final String[] PHONE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189"};
    private static final String[] CATEGORIES = {"建档立卡贫困户", "低保户", "特困供养", "计生特殊困难家庭", "一般户"};
    private static final int[] CATEGORY_WEIGHTS = {25, 20, 8, 7, 40};

    private final Random random = new Random(SEED);
    private final Set<String> usedIds = new HashSet<>();
    /** 义县's 18 townships by code. */
    private final Map<String, String> townships;
    /** Those and 芳山镇 of 黑山县, by code. */
    private final Map<String, String> townshipNames;
    private final Map<String, List<String>> villagesByTownship;

    SamplePatientListGenerator(Path divisions) throws IOException {
        townshipNames = readTownships(divisions.resolve("streets.csv"));
        townships = new TreeMap<>(townshipNames);
        townships.remove(OUTSIDE_TOWNSHIP_CODE);
        if (townships.size() != 18) {
            throw new IllegalStateException("义县 should have 18 townships, found " + townships.size());
        }
        villagesByTownship = readVillages(divisions.resolve("villages-jinzhou-2107.csv"));
    }

    public static void main(String[] args) throws IOException {
        Path divisions = Path.of(args.length > 0 ? args[0] : "../shared/data/divisions");
        Path out = Path.of(args.length > 1 ? args[1] : "samples");
        Files.createDirectories(out);
        List<List<String>> lines = new SamplePatientListGenerator(divisions).generate();
        String csv = toCsv(lines);
        Files.write(out.resolve("patients-yixian.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                encodeStrictly(csv, StandardCharsets.UTF_8)));
        Files.write(out.resolve("patients-yixian-gbk.csv"), encodeStrictly(csv, Charset.forName("GBK")));
        try (OutputStream xlsx = Files.newOutputStream(out.resolve("patients-yixian.xlsx"))) {
            writeXlsx(lines, xlsx);
        }
    }

    /** The file's lines from line 2 on, in {@link #HEADER} order; null for the blank line. */
    List<List<String>> generate() {
        List<List<String>> lines = new ArrayList<>();
        Map<Integer, Defect> defects = new TreeMap<>();
        for (Defect d : Defect.values()) {
            defects.put(d.line, d);
        }
        for (int line = 2; line < 2 + DATA_ROWS + 1; line++) {
            if (line == BLANK_LINE) {
                lines.add(null);
                continue;
            }
            Defect defect = defects.get(line);
            lines.add(defect == null ? goodRow() : badRow(defect, lines));
        }
        return lines;
    }

    private List<String> goodRow() {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(
                (int) (LocalDate.of(2011, 12, 31).toEpochDay() - LocalDate.of(1940, 1, 1).toEpochDay()) + 1));
        return person(birth, random.nextBoolean());
    }

    private List<String> person(LocalDate birth, boolean male) {
        String id = newId(birth.format(BASIC), male);
        String township = pick(new ArrayList<>(townships.keySet()));
        return row(name(male), id, male, birth.toString(), township);
    }

    private List<String> row(String name, String id, boolean male, String birth, String townshipCode) {
        String township = townshipNames.get(townshipCode);
        return new ArrayList<>(List.of(name, id, male ? "男" : "女", birth, phone(), township,
                pick(villagesByTownship.get(townshipCode)), category()));
    }

    private List<String> badRow(Defect defect, List<List<String>> earlier) {
        switch (defect) {
            case BAD_CHECKSUM -> {
                List<String> row = goodRow();
                String id = row.get(1);
                char wrong = CHECK[(indexOf(CHECK, id.charAt(17)) + 3) % 11];
                row.set(1, id.substring(0, 17) + wrong);
                return row;
            }
            case IMPOSSIBLE_BIRTH_DATE -> {
                String id = withCheck(COUNTY_CODE + "19870230" + sequence(false));
                return row(name(false), id, false, "1987-02-30", pick(new ArrayList<>(townships.keySet())));
            }
            case LEGACY_15_DIGITS -> {
                // 15 digits: address, yyMMdd, a 3-digit sequence whose parity gives the sex; no check character
                String id = COUNTY_CODE + "560412" + sequence(true);
                return row(name(true), id, true, "1956-04-12", pick(new ArrayList<>(townships.keySet())));
            }
            case SEX_MISMATCH -> {
                List<String> row = person(LocalDate.of(1972, 9, 3), true);
                row.set(2, "女");
                return row;
            }
            case BLANK_NAME -> {
                List<String> row = goodRow();
                row.set(0, "");
                return row;
            }
            case DUPLICATE_ID -> {
                List<String> original = earlier.get(DUPLICATED_LINE - 2);
                boolean male = original.get(2).equals("男");
                return row(name(male), original.get(1), male, original.get(3), pick(new ArrayList<>(townships.keySet())));
            }
            case TOWNSHIP_OUTSIDE_COUNTY -> {
                LocalDate birth = LocalDate.of(1965, 5, 20);
                return row(name(false), newId(birth.format(BASIC), false), false, birth.toString(),
                        OUTSIDE_TOWNSHIP_CODE);
            }
            case CHILD_WITHOUT_GUARDIAN -> {
                return person(LocalDate.of(2024, 3, 18), true);
            }
            default -> throw new IllegalStateException(defect.name());
        }
    }

    private String newId(String birth, boolean male) {
        while (true) {
            String id = withCheck(COUNTY_CODE + birth + sequence(male));
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    /** Three digits; the last is odd for a man. */
    private String sequence(boolean male) {
        int sexDigit = random.nextInt(5) * 2 + (male ? 1 : 0);
        return String.format("%02d%d", random.nextInt(100), sexDigit);
    }

    static String withCheck(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** ISO 7064 MOD 11-2, as GB 11643-1999 prescribes. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private String name(boolean male) {
        String given = male ? MALE_CHARS : FEMALE_CHARS;
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            sb.append(given.charAt(random.nextInt(given.length())));
        }
        return sb.toString();
    }

    private String phone() {
        return pick(List.of(PHONE_PREFIXES)) + String.format("%08d", random.nextInt(100_000_000));
    }

    private String category() {
        int roll = random.nextInt(100);
        for (int i = 0; i < CATEGORIES.length; i++) {
            roll -= CATEGORY_WEIGHTS[i];
            if (roll < 0) {
                return CATEGORIES[i];
            }
        }
        return CATEGORIES[CATEGORIES.length - 1];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException(String.valueOf(c));
    }

    private static Map<String, String> readTownships(Path streets) throws IOException {
        Map<String, String> byCode = new TreeMap<>();
        for (CSVRecord r : parse(streets)) {
            if (r.get("areaCode").equals(COUNTY_CODE) || r.get("code").equals(OUTSIDE_TOWNSHIP_CODE)) {
                byCode.put(r.get("code"), r.get("name"));
            }
        }
        return byCode;
    }

    private static Map<String, List<String>> readVillages(Path villages) throws IOException {
        Map<String, List<String>> byTownship = new LinkedHashMap<>();
        for (CSVRecord r : parse(villages)) {
            if (r.get("areaCode").equals(COUNTY_CODE) || r.get("streetCode").equals(OUTSIDE_TOWNSHIP_CODE)) {
                byTownship.computeIfAbsent(r.get("streetCode"), k -> new ArrayList<>()).add(r.get("name"));
            }
        }
        return byTownship;
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static String toCsv(List<List<String>> lines) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (List<String> line : lines) {
                if (line == null) {
                    printer.println();
                } else {
                    printer.printRecord(line);
                }
            }
        }
        return out.toString();
    }

    /** Fails rather than write '?' for a character the charset lacks. */
    private static byte[] encodeStrictly(String text, Charset charset) throws IOException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        return array;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** ID numbers as text cells, birth dates as real date cells where valid, phones as numbers. */
    static void writeXlsx(List<List<String>> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("人员名单");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < XLSX_HEADER.size(); c++) {
                header.createCell(c).setCellValue(XLSX_HEADER.get(c));
            }
            int serial = 0;
            for (int i = 0; i < lines.size(); i++) {
                List<String> line = lines.get(i);
                if (line == null) {
                    continue;
                }
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(++serial);
                for (int c = 1; c < XLSX_HEADER.size(); c++) {
                    String value = line.get(HEADER.indexOf(XLSX_HEADER.get(c)));
                    switch (XLSX_HEADER.get(c)) {
                        case "出生日期" -> {
                            LocalDate parsed = parseDate(value);
                            if (parsed != null) {
                                row.createCell(c).setCellValue(parsed);
                                row.getCell(c).setCellStyle(date);
                            } else {
                                row.createCell(c).setCellValue(value);
                            }
                        }
                        case "联系电话" -> row.createCell(c).setCellValue(Double.parseDouble(value));
                        case "身份证号码" -> {
                            row.createCell(c).setCellValue(value);
                            row.getCell(c).setCellStyle(text);
                        }
                        default -> row.createCell(c).setCellValue(value);
                    }
                }
            }
            for (int c = 0; c < XLSX_HEADER.size(); c++) {
                sheet.setColumnWidth(c, c == 4 ? 22 * 256 : 14 * 256);
            }
            workbook.write(out);
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
