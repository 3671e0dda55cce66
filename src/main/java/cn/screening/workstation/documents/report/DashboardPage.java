package cn.screening.workstation.documents.report;

import cn.screening.workstation.documents.DocumentTexts;
import cn.screening.workstation.documents.pdf.Canvas;
import cn.screening.workstation.documents.pdf.PdfChart;
import cn.screening.workstation.documents.pdf.PdfChart.Kind;
import cn.screening.workstation.documents.pdf.PdfChart.Series;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.domain.report.Figure;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The monthly report's last page: the dashboard's four charts, two by two, drawn from the same series as the screen. */
final class DashboardPage {

    private static final DocumentTexts TEXTS = DocumentTexts.chinese();
    /** One colour per status, in {@link Dashboard#STATUSES} order; the screen's charts use the same. */
    static final List<float[]> STATUS_COLOURS = List.of(rgb(0xf2a93b), rgb(0x3b7dd8), rgb(0x4caf50), rgb(0x8e6bbf),
            rgb(0x616161), rgb(0xd9534f));
    private static final float[] FIRST = rgb(0x3b7dd8);
    private static final float[] SECOND = rgb(0xf2a93b);
    private static final float GAP = 18;

    private DashboardPage() {
    }

    /** Draws the four charts below {@code top}, each a quarter of what is left of the page. */
    static void draw(Canvas c, Dashboard d, float margin, float top) throws IOException {
        c.boldText(TEXTS.text("report.charts.title", d.end().toString()), margin, top + 10, 10);
        float chartsTop = top + 22;
        float w = (c.width() - 2 * margin - GAP) / 2;
        float h = (c.height() - margin - chartsTop - GAP) / 2;
        List<String> months = d.statusByMonth().stream().map(m -> Dashboard.monthLabel(m.month())).toList();
        List<Series> statuses = new ArrayList<>();
        for (int i = 0; i < Dashboard.STATUSES.size(); i++) {
            TreatmentStatus s = Dashboard.STATUSES.get(i);
            statuses.add(new Series(s.zh(), STATUS_COLOURS.get(i), d.statusByMonth().stream().map(m -> (double) m.count(s)).toList()));
        }
        new PdfChart(c, margin, chartsTop, w, h).draw(TEXTS.text("report.charts.status"), TEXTS.text("report.charts.people"),
                Kind.STACKED, months, statuses);
        new PdfChart(c, margin + w + GAP, chartsTop, w, h).top(100).draw(TEXTS.text("report.charts.rates", d.end().toString()), "%",
                Kind.GROUPED, d.byDisease().stream().map(Dashboard.DiseaseRates::name).toList(), List.of(
                        new Series(TEXTS.text("report.charts.treatmentRate"), FIRST, percents(d, Dashboard.DiseaseRates::treatmentRate)),
                        new Series(TEXTS.text("report.charts.outOfPocket"), SECOND, percents(d, Dashboard.DiseaseRates::outOfPocketShare))));
        times(c, margin, chartsTop + h + GAP, w, h, TEXTS.text("report.charts.turnaround"), TEXTS.text("report.charts.hours"),
                months, d.turnaround(), Duration.ofHours(1));
        times(c, margin + w + GAP, chartsTop + h + GAP, w, h, TEXTS.text("report.charts.loop"), TEXTS.text("report.charts.days"),
                months, d.referralLoop(), Duration.ofDays(1));
    }

    private static void times(Canvas c, float x, float y, float w, float h, String title, String unit, List<String> months,
                              List<Dashboard.TimesMonth> series, Duration in) throws IOException {
        new PdfChart(c, x, y, w, h).draw(title, unit, Kind.LINES, months, List.of(
                new Series(TEXTS.text("report.charts.median"), FIRST, series.stream().map(t -> t.medianIn(in)).toList()),
                new Series(TEXTS.text("report.charts.p90"), SECOND, series.stream().map(t -> t.p90In(in)).toList())));
        if (series.stream().allMatch(t -> t.count() == 0)) {
            c.centredText(TEXTS.text("report.charts.none"), x + w / 2 + 15, y + h / 2, 9, false);
        }
    }

    private static List<Double> percents(Dashboard d, Function<Dashboard.DiseaseRates, Figure> rate) {
        return d.byDisease().stream().map(rate).map(f -> f.ratio() == null ? null
                : f.ratio().multiply(BigDecimal.valueOf(100)).doubleValue()).toList();
    }

    private static float[] rgb(int hex) {
        return new float[] {((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f};
    }
}
