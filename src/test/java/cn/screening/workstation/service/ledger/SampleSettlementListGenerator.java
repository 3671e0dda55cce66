package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.transfer.CsvTableWriter;
import cn.screening.workstation.transfer.SettlementList;
import cn.screening.workstation.transfer.XlsxTableWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the synthetic settlement list of 义县 in samples/ (CSV and XLSX): admissions of the
 * 救治对象 of samples/patients-yixian.csv (the rows of the four groups that import cleanly), with
 * costs that add up to the fen, plus the deliberately bad lines of {@link Bad} at fixed places
 * (samples/README.md). Deterministic: the same seed gives the same lines.
 *
 * <p>Arguments: the samples folder (default {@code samples}). Run like the patient list generator.
 */
public final class SampleSettlementListGenerator {

    static final long SEED = 20_261_207L;
    /** Lines of patients-yixian.csv that are deliberately bad there (its README): never used here. */
    static final Set<Integer> BAD_PATIENT_LINES = Set.of(9, 27, 46, 68, 95, 121, 173, 204);
    static final List<String> ADULT_DISEASES = List.of("肺癌", "胃癌", "食管癌", "结肠癌", "直肠癌", "肝癌", "急性心肌梗死", "白内障",
            "终末期肾病", "尘肺", "血友病");
    static final List<String> WOMENS_DISEASES = List.of("乳腺癌", "宫颈癌");
    /** The workbook's own column order, with a 序号 column in front. */
    static final List<String> XLSX_HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("序号", "定点医院", "身份证号码", "病种", "救治状态", "入院日期", "出院日期"));
        SettlementList.COLUMNS.stream().filter(c -> !h.contains(c)).forEach(h::add);
        XLSX_HEADER = List.copyOf(h);
    }

    /** The deliberately bad lines: what is wrong, and after how many good lines each is put. */
    enum Bad {
        SUM_OFF_BY_ONE_FEN(18), GENERAL_RESIDENT(44), DISEASE_OFF_LIST(79), CITY_WITHOUT_TRANSFER_PAPERS(110),
        PAY_LATER_OUTSIDE_COUNTY(150), UNKNOWN_PATIENT(188), THREE_DECIMALS(222), BAD_FLAG(251), DISCHARGE_BEFORE_ADMISSION(280),
        CHILD_DISEASE_ADULT(300), SAME_LINE_AGAIN(310);

        final int afterGood;

        Bad(int afterGood) {
            this.afterGood = afterGood;
        }
    }

    record Person(int line, String name, String id, String sex, String township, String group) {
    }

    private final Random random = new Random(SEED);

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        new SampleSettlementListGenerator().write(samples);
    }

    void write(Path samples) throws IOException {
        List<Person> people = people(samples.resolve("patients-yixian.csv"));
        List<Person> eligible = people.stream().filter(p -> !p.group().equals("一般户") && !BAD_PATIENT_LINES.contains(p.line())).toList();
        Person general = people.stream().filter(p -> p.group().equals("一般户") && !BAD_PATIENT_LINES.contains(p.line())).findFirst()
                .orElseThrow();
        List<Map<String, String>> good = new ArrayList<>();
        for (Person p : eligible) {
            good.addAll(admissions(p));
        }
        List<Map<String, String>> lines = new ArrayList<>();
        int g = 0;
        for (Bad bad : Bad.values()) {
            while (g < bad.afterGood && g < good.size()) {
                lines.add(good.get(g++));
            }
            lines.add(bad(bad, good, eligible, general));
            System.out.println(bad + " line " + (lines.size() + 1));
        }
        while (g < good.size()) {
            lines.add(good.get(g++));
        }
        List<List<String>> csv = lines.stream().map(l -> SettlementList.COLUMNS.stream().map(c -> l.getOrDefault(c, "")).toList()).toList();
        new CsvTableWriter().write(samples.resolve("settlement-yixian.csv"), SettlementList.COLUMNS, csv);
        List<List<?>> xlsx = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(i + 1);
            for (String c : XLSX_HEADER.subList(1, XLSX_HEADER.size())) {
                String v = lines.get(i).getOrDefault(c, "");
                // amounts as numbers, as a hospital's workbook has them; the three-decimal line stays as typed
                boolean amount = c.equals(SettlementList.TOTAL) || c.equals(SettlementList.OWN) || c.equals(SettlementList.WAIVER)
                        || c.equals(SettlementList.OTHER) || Payer.ofZh(c).isPresent();
                row.add(amount && v.matches("\\d+(\\.\\d{1,2})?") ? new BigDecimal(v) : v);
            }
            xlsx.add(row);
        }
        new XlsxTableWriter().write(samples.resolve("settlement-yixian.xlsx"), "结算清单", XLSX_HEADER, xlsx);
        System.out.println("lines " + lines.size() + " good " + good.size() + " patients " + eligible.size());
    }

    /** The list's people with their line numbers (the header is line 1; blank lines count). */
    static List<Person> people(Path csv) throws IOException {
        List<String> raw = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<Person> out = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            String[] f = raw.get(i).split(",", -1);
            if (f.length >= 8 && !f[1].isBlank()) {
                out.add(new Person(i + 1, f[0], f[1], f[2], f[5], f[7]));
            }
        }
        return out;
    }

    /** One to four stays of one disease: each admitted after the last discharge, the last one 已救治. */
    List<Map<String, String>> admissions(Person p) {
        List<String> diseases = new ArrayList<>(ADULT_DISEASES);
        if (p.sex().equals("女")) {
            diseases.addAll(WOMENS_DISEASES);
        }
        String disease = diseases.get(random.nextInt(diseases.size()));
        int stays = 1 + random.nextInt(4);
        LocalDate day = LocalDate.of(2026, 1, 2).plusDays(random.nextInt(120));
        List<Map<String, String>> out = new ArrayList<>();
        for (int s = 0; s < stays; s++) {
            LocalDate in = day;
            LocalDate outDay = in.plusDays(3 + random.nextInt(18));
            boolean inCounty = random.nextInt(10) < 8;
            String hospital = inCounty ? (random.nextInt(3) == 0 ? "义县中医院" : "义县人民医院")
                    : List.of("北镇市人民医院", "黑山县第一人民医院", "凌海市人民医院").get(random.nextInt(3));
            Map<String, String> line = costs(300_000 + random.nextInt(7_700_000), inCounty && random.nextInt(5) > 0);
            line.put(SettlementList.ID, p.id());
            line.put(SettlementList.DISEASE, disease);
            line.put(SettlementList.HOSPITAL, hospital);
            line.put(SettlementList.ADMITTED, in.toString());
            line.put(SettlementList.DISCHARGED, outDay.toString());
            line.put(SettlementList.STATUS, s == stays - 1 ? "已救治" : "正在救治");
            out.add(line);
            day = outDay.plusDays(10 + random.nextInt(40));
        }
        return out;
    }

    /** Costs of {@code total} fen split over the payers, the remainder 个人自付: they add up exactly. */
    Map<String, String> costs(long total, boolean payLater) {
        Map<Payer, Long> paid = new EnumMap<>(Payer.class);
        long left = total;
        paid.put(Payer.BASIC_INSURANCE, share(total, 50, 65));
        paid.put(Payer.SERIOUS_ILLNESS_INSURANCE, share(total, 8, 18));
        paid.put(Payer.MEDICAL_AID, share(total, 0, 10));
        paid.put(Payer.POVERTY_SUPPLEMENT_INSURANCE, share(total, 0, 8));
        if (random.nextInt(6) == 0) {
            paid.put(Payer.TEMPORARY_AID, share(total, 0, 3));
        }
        if (random.nextInt(10) == 0) {
            paid.put(Payer.CHARITY, share(total, 0, 3));
        }
        for (long v : paid.values()) {
            left -= v;
        }
        long waiver = random.nextInt(4) == 0 ? Math.min(left, share(total, 0, 2)) : 0;
        left -= waiver;
        Map<String, String> line = new java.util.HashMap<>();
        line.put(SettlementList.TOTAL, yuan(total));
        for (Payer p : Payer.values()) {
            line.put(p.zh(), paid.containsKey(p) ? yuan(paid.get(p)) : "");
        }
        line.put(SettlementList.WAIVER, waiver == 0 ? "" : yuan(waiver));
        line.put(SettlementList.OTHER, "");
        line.put(SettlementList.OWN, yuan(left));
        line.put(SettlementList.ONE_STOP, random.nextInt(10) < 9 ? "是" : "否");
        line.put(SettlementList.PAY_LATER, payLater ? "是" : "否");
        return line;
    }

    private long share(long total, int minPercent, int maxPercent) {
        return total * (minPercent * 100 + random.nextInt((maxPercent - minPercent) * 100 + 1)) / 10_000;
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    Map<String, String> bad(Bad bad, List<Map<String, String>> good, List<Person> eligible, Person general) {
        Map<String, String> base = new java.util.HashMap<>(good.get(bad.afterGood - 1));
        // a stay months after anything else of the patient, so only the defect can refuse it
        base.put(SettlementList.ADMITTED, "2026-11-02");
        base.put(SettlementList.DISCHARGED, "2026-11-12");
        base.put(SettlementList.STATUS, "已救治");
        switch (bad) {
            case SUM_OFF_BY_ONE_FEN -> base.put(SettlementList.TOTAL, yuan(new BigDecimal(base.get(SettlementList.TOTAL)).movePointRight(2)
                    .longValueExact() + 1));
            case GENERAL_RESIDENT -> base.put(SettlementList.ID, general.id());
            case DISEASE_OFF_LIST -> base.put(SettlementList.DISEASE, "脑卒中");
            case CITY_WITHOUT_TRANSFER_PAPERS -> {
                base.put(SettlementList.HOSPITAL, "锦州市中心医院");
                base.put(SettlementList.PAY_LATER, "否");
            }
            case PAY_LATER_OUTSIDE_COUNTY -> {
                base.put(SettlementList.HOSPITAL, "北镇市人民医院");
                base.put(SettlementList.PAY_LATER, "是");
            }
            case UNKNOWN_PATIENT -> base.put(SettlementList.ID, "210727198001010012");
            case THREE_DECIMALS -> base.put(SettlementList.OWN, base.get(SettlementList.OWN) + "5");
            case BAD_FLAG -> base.put(SettlementList.ONE_STOP, "Y");
            case DISCHARGE_BEFORE_ADMISSION -> base.put(SettlementList.DISCHARGED, "2026-11-01");
            case CHILD_DISEASE_ADULT -> base.put(SettlementList.DISEASE, "儿童白血病");
            case SAME_LINE_AGAIN -> {
                return new java.util.HashMap<>(good.get(bad.afterGood - 1));
            }
            default -> throw new IllegalStateException(bad.name());
        }
        return base;
    }
}
