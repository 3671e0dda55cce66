package cn.screening.workstation.documents.pdf;

import java.io.IOException;
import java.text.DecimalFormat;
import java.util.List;

/**
 * A small chart drawn as vectors on a PDF page (decision 0022): a title, a legend, a value axis with
 * four grid lines, category labels below, and the series as stacked bars, grouped bars or lines. The
 * command line writes the report without a window, so the charts cannot be JavaFX snapshots there.
 */
public final class PdfChart {

    /** One series: its legend name, colour (RGB, 0–1) and a value per category (null: none that month). */
    public record Series(String name, float[] colour, List<Double> values) {
    }

    public enum Kind { STACKED, GROUPED, LINES }

    private static final float TITLE = 9;
    private static final float SMALL = 6;
    private static final int GRID = 4;
    private static final DecimalFormat TICK = new DecimalFormat("0.##");

    private final Canvas c;
    private final float x;
    private final float y;
    private final float w;
    private final float h;
    private Double fixedTop;

    /** The chart fills the box at ({@code x}, {@code y}) of {@code w} × {@code h} points, y downwards. */
    public PdfChart(Canvas c, float x, float y, float w, float h) {
        this.c = c;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
    }

    /** A fixed axis top (100 for percentages) in place of one fitted to the values. */
    public PdfChart top(double value) {
        this.fixedTop = value;
        return this;
    }

    public void draw(String title, String unit, Kind kind, List<String> categories, List<Series> series) throws IOException {
        c.boldText(title, x, y + TITLE, TITLE);
        float lx = x;
        for (Series s : series) {
            c.fill(lx, y + TITLE + 5, 7, 5, s.colour());
            c.text(s.name(), lx + 9, y + TITLE + 10, SMALL);
            lx += 14 + c.metrics().width(s.name(), SMALL);
        }
        float left = x + 30;
        float top = y + TITLE + 24;
        float bottom = y + h - 14;
        float plotW = x + w - left;
        // grid steps of 1, 2 or 5 × 10ⁿ; whole steps for stacked counts (people)
        double step = niceCeiling(maximum(kind, series, categories.size()) / GRID);
        double max = fixedTop != null ? fixedTop : GRID * (kind == Kind.STACKED ? Math.max(1, step) : step);
        c.text(unit, x, top - 3, SMALL);
        for (int i = 0; i <= GRID; i++) {
            float gy = bottom - (bottom - top) * i / GRID;
            if (i == 0) {
                c.line(left, gy, left + plotW, gy, 0.6f);
            } else {
                c.dashedLine(left, gy, left + plotW, gy, 0.2f);
            }
            c.rightText(TICK.format(max * i / GRID), left - 2, gy + 2, SMALL);
        }
        c.line(left, top, left, bottom, 0.6f);
        int n = Math.max(categories.size(), 1);
        float slot = plotW / n;
        for (int i = 0; i < categories.size(); i++) {
            String label = categories.get(i);
            float size = c.metrics().fitSize(label, SMALL, 4.5f, slot - 1);
            String shown = c.metrics().ellipsize(label, size, slot - 1);
            c.text(shown, left + slot * i + (slot - c.metrics().width(shown, size)) / 2, bottom + 8, size);
        }
        float scale = (float) ((bottom - top) / max);
        switch (kind) {
            case STACKED -> stacked(series, left, bottom, slot, scale);
            case GROUPED -> grouped(series, left, bottom, slot, scale);
            case LINES -> lines(series, left, bottom, slot, scale);
        }
    }

    private void stacked(List<Series> series, float left, float bottom, float slot, float scale) throws IOException {
        for (int i = 0; i < (series.isEmpty() ? 0 : series.get(0).values().size()); i++) {
            float base = bottom;
            for (Series s : series) {
                float barH = value(s, i) * scale;
                if (barH > 0) {
                    c.fill(left + slot * i + slot * 0.15f, base - barH, slot * 0.7f, barH, s.colour());
                }
                base -= barH;
            }
        }
    }

    private void grouped(List<Series> series, float left, float bottom, float slot, float scale) throws IOException {
        float barW = slot * 0.8f / Math.max(series.size(), 1);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            for (int i = 0; i < s.values().size(); i++) {
                float barH = value(s, i) * scale;
                if (barH > 0) {
                    c.fill(left + slot * i + slot * 0.1f + barW * k, bottom - barH, barW, barH, s.colour());
                }
            }
        }
    }

    /** Each run of months with a value is one line; a lone month is a dot. */
    private void lines(List<Series> series, float left, float bottom, float slot, float scale) throws IOException {
        for (Series s : series) {
            List<Double> v = s.values();
            int i = 0;
            while (i < v.size()) {
                if (v.get(i) == null) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < v.size() && v.get(end) != null) {
                    end++;
                }
                float[] points = new float[(end - i) * 2];
                for (int k = i; k < end; k++) {
                    points[(k - i) * 2] = left + slot * k + slot / 2;
                    points[(k - i) * 2 + 1] = bottom - v.get(k).floatValue() * scale;
                    c.fill(points[(k - i) * 2] - 1.5f, points[(k - i) * 2 + 1] - 1.5f, 3, 3, s.colour());
                }
                c.polyline(points, 1.2f, s.colour());
                i = end;
            }
        }
    }

    private static float value(Series s, int i) {
        Double v = s.values().get(i);
        return v == null ? 0 : v.floatValue();
    }

    private static double maximum(Kind kind, List<Series> series, int categories) {
        double max = 0;
        for (int i = 0; i < categories; i++) {
            double stack = 0;
            for (Series s : series) {
                double v = i < s.values().size() ? value(s, i) : 0;
                stack = kind == Kind.STACKED ? stack + v : Math.max(stack, v);
            }
            max = Math.max(max, stack);
        }
        return max;
    }

    /** The axis top: the next 1, 2 or 5 × 10ⁿ at or above the largest value (1 for an empty chart). */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
