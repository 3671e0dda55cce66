package cn.screening.workstation.ui.dashboard;

import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.ui.common.I18n;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The dashboard's series as the screen's four charts: statuses stacked by month, rates by disease, two timings. */
final class DashboardCharts {

    static final String STATUS = "status";
    static final String RATES = "rates";
    static final String TURNAROUND = "turnaround";
    static final String LOOP = "loop";

    private final I18n i18n;

    DashboardCharts(I18n i18n) {
        this.i18n = i18n;
    }

    List<ChartData> of(Dashboard d) {
        List<String> months = d.statusByMonth().stream().map(m -> Dashboard.monthLabel(m.month())).toList();
        List<ChartData.Line> statuses = new ArrayList<>();
        for (TreatmentStatus s : Dashboard.STATUSES) {
            statuses.add(new ChartData.Line(i18n.label(s), d.statusByMonth().stream().map(m -> (double) m.count(s)).toList()));
        }
        List<String> diseases = d.byDisease().stream().map(Dashboard.DiseaseRates::name).toList();
        return List.of(
                new ChartData(STATUS, i18n.get("dashboard.chart.status"), i18n.get("dashboard.unit.people"), months, statuses),
                new ChartData(RATES, i18n.get("dashboard.chart.rates", d.end().toString()), "%", diseases, List.of(
                        new ChartData.Line(i18n.get("dashboard.series.treatmentRate"), percents(d, Dashboard.DiseaseRates::treatmentRate)),
                        new ChartData.Line(i18n.get("dashboard.series.outOfPocket"), percents(d, Dashboard.DiseaseRates::outOfPocketShare)))),
                times(TURNAROUND, i18n.get("dashboard.chart.turnaround"), i18n.get("dashboard.unit.hours"), months, d.turnaround(),
                        Duration.ofHours(1)),
                times(LOOP, i18n.get("dashboard.chart.loop"), i18n.get("dashboard.unit.days"), months, d.referralLoop(),
                        Duration.ofDays(1)));
    }

    private ChartData times(String key, String title, String unit, List<String> months, List<Dashboard.TimesMonth> series, Duration in) {
        return new ChartData(key, title, unit, months, List.of(
                new ChartData.Line(i18n.get("dashboard.series.median"), series.stream().map(t -> t.medianIn(in)).toList()),
                new ChartData.Line(i18n.get("dashboard.series.p90"), series.stream().map(t -> t.p90In(in)).toList())));
    }

    /** A rate as a percentage with two decimals, as the report shows it; null when nothing to divide by. */
    private static List<Double> percents(Dashboard d, Function<Dashboard.DiseaseRates, Figure> rate) {
        return d.byDisease().stream().map(rate).map(f -> f.ratio() == null ? null
                : f.ratio().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).doubleValue()).toList();
    }
}
