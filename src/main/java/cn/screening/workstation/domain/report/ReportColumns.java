package cn.screening.workstation.domain.report;

import cn.screening.workstation.domain.ledger.Payer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The columns of tables A, B and C (PROGRAMME.md §Monthly report); keys are stable, headings Chinese. */
public final class ReportColumns {

    public static final String CERTIFIED = "certified";
    public static final String CERTIFIED_NEW = "certifiedNew";
    public static final String TREATED = "treated";
    public static final String TREATED_NEW = "treatedNew";
    public static final String TREATING = "treating";
    public static final String WAITING = "waiting";
    public static final String CHRONIC = "chronicCare";
    public static final String DIED = "died";
    public static final String LOST = "lost";
    public static final String TREATMENT_RATE = "treatmentRate";
    public static final String COUNTY_STAYS = "countyStays";
    public static final String CITY_STAYS = "cityStays";
    public static final String IN_COUNTY_SHARE = "inCountyShare";
    public static final String PATHWAY = "clinicalPathway";
    public static final String STAYS = "stays";
    public static final String TOTAL_COST = "totalCost";
    public static final String WAIVER = "hospitalWaiver";
    public static final String OTHER = "other";
    public static final String OUT_OF_POCKET = "outOfPocket";
    public static final String OUT_OF_POCKET_SHARE = "outOfPocketShare";
    public static final String TREAT_FIRST = "treatFirstPayLater";
    public static final String ONE_STOP = "oneStopSettlement";

    /** Table A: by disease. */
    public static final List<ReportColumn> BY_DISEASE;
    /** Table B: the counts and rates of table A, without amounts. */
    public static final List<ReportColumn> BY_TOWNSHIP;
    /** Table C: by designated hospital. */
    public static final List<ReportColumn> BY_HOSPITAL = List.of(
            new ReportColumn(STAYS, "住院人次", Measure.COUNT),
            new ReportColumn(TOTAL_COST, "总费用（元）", Measure.FEN),
            new ReportColumn(OUT_OF_POCKET, "个人自付（元）", Measure.FEN),
            new ReportColumn(WAIVER, "医院减免（元）", Measure.FEN));

    static {
        List<ReportColumn> a = new ArrayList<>(List.of(
                new ReportColumn(CERTIFIED, "认定救治对象（累计）", Measure.COUNT),
                new ReportColumn(CERTIFIED_NEW, "本月新增认定", Measure.COUNT),
                new ReportColumn(TREATED, "已救治（累计）", Measure.COUNT),
                new ReportColumn(TREATED_NEW, "已救治（本月）", Measure.COUNT),
                new ReportColumn(TREATING, "正在救治", Measure.COUNT),
                new ReportColumn(WAITING, "待救治", Measure.COUNT),
                new ReportColumn(CHRONIC, "转为慢病管理", Measure.COUNT),
                new ReportColumn(DIED, "死亡", Measure.COUNT),
                new ReportColumn(LOST, "失访", Measure.COUNT),
                new ReportColumn(TREATMENT_RATE, "救治率", Measure.RATE),
                new ReportColumn(COUNTY_STAYS, "县级定点医院救治人次", Measure.COUNT),
                new ReportColumn(CITY_STAYS, "转市级人次", Measure.COUNT),
                new ReportColumn(IN_COUNTY_SHARE, "县域内救治占比", Measure.RATE),
                new ReportColumn(PATHWAY, "入临床路径人数", Measure.COUNT),
                new ReportColumn(TOTAL_COST, "总费用（元）", Measure.FEN)));
        for (Payer p : Payer.values()) {
            a.add(new ReportColumn(payer(p), p.zh() + "（元）", Measure.FEN));
        }
        a.addAll(List.of(
                new ReportColumn(WAIVER, "医院减免（元）", Measure.FEN),
                new ReportColumn(OTHER, "其他（元）", Measure.FEN),
                new ReportColumn(OUT_OF_POCKET, "个人自付（元）", Measure.FEN),
                new ReportColumn(OUT_OF_POCKET_SHARE, "自付比例", Measure.RATE),
                new ReportColumn(TREAT_FIRST, "先诊疗后付费人次", Measure.COUNT),
                new ReportColumn(ONE_STOP, "一站式结算人次", Measure.COUNT)));
        BY_DISEASE = List.copyOf(a);
        Set<String> amounts = Set.of(OUT_OF_POCKET_SHARE);
        BY_TOWNSHIP = a.stream().filter(c -> c.measure() != Measure.FEN && !amounts.contains(c.key())).toList();
    }

    /** The column key of a payer's amount, e.g. {@code paid.BASIC_INSURANCE}. */
    public static String payer(Payer p) {
        return "paid." + p.name();
    }

    private ReportColumns() {
    }
}
