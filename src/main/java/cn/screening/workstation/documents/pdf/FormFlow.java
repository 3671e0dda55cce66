package cn.screening.workstation.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A form's fields flowing down a box: rows of "label：value" pairs and labelled paragraphs that
 * wrap under a hanging indent. The whole flow is set in the largest size that fits the box; at
 * the smallest size the longest paragraphs are cut with … so a letter never runs off its page.
 */
public final class FormFlow {

    private static final float[] SIZES = {10.5f, 10, 9.5f, 9, 8.5f, 8, 7.5f, 7};
    private static final float LINE = 1.45f;
    private static final float ROW = 1.75f;
    private static final float BLANK = 90;

    private sealed interface Item permits Pairs, Paragraph {
    }

    private record Pairs(List<String[]> pairs) implements Item {
    }

    private record Paragraph(String label, String text) implements Item {
    }

    /** A paragraph wrapped at one size: beside its label, or under it when the label is long. */
    private record Wrapped(boolean labelAbove, float indent, List<String> lines) {

        float height(float size, int maxLines) {
            return ((labelAbove ? 1 : 0) + Math.min(maxLines, lines.size())) * size * LINE + size * 0.4f;
        }
    }

    private final List<Item> items = new ArrayList<>();

    /** One row of label/value pairs across the width; an empty value is a line to sign or write on. */
    public FormFlow pairs(String... labelsAndValues) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            pairs.add(new String[] {labelsAndValues[i] + "：", labelsAndValues[i + 1]});
        }
        items.add(new Pairs(pairs));
        return this;
    }

    /** A labelled text of any length; lines after the first start under the text, not the label. */
    public FormFlow paragraph(String label, String text) {
        items.add(new Paragraph(label + "：", text));
        return this;
    }

    /** Draws the flow in the box and returns the size chosen. */
    public float draw(Canvas canvas, float x, float top, float width, float maxHeight) throws IOException {
        TextMetrics metrics = canvas.metrics();
        float size = SIZES[SIZES.length - 1];
        List<Wrapped> wrapped = null;
        for (float candidate : SIZES) {
            size = candidate;
            wrapped = wrap(metrics, size, width);
            if (height(wrapped, size, Integer.MAX_VALUE) <= maxHeight) {
                break;
            }
        }
        int maxLines = wrapped.stream().filter(w -> w != null).mapToInt(w -> w.lines().size()).max().orElse(1);
        while (maxLines > 1 && height(wrapped, size, maxLines) > maxHeight) {
            maxLines--;
        }
        float y = top;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Pairs row) {
                drawPairs(canvas, row, x, y + size, width, size);
                y += size * ROW;
            } else if (items.get(i) instanceof Paragraph p) {
                drawParagraph(canvas, p, wrapped.get(i), x, y, width, size, maxLines);
                y += wrapped.get(i).height(size, maxLines);
            }
        }
        return size;
    }

    /** Each paragraph's lines at this size; null for a row of pairs. */
    private List<Wrapped> wrap(TextMetrics metrics, float size, float width) {
        List<Wrapped> wrapped = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Paragraph p) {
                float labelWidth = metrics.width(p.label(), size);
                boolean above = labelWidth > width * 0.2f;
                float indent = above ? size * 2 : labelWidth;
                wrapped.add(new Wrapped(above, indent, metrics.wrap(p.text(), size, width - indent)));
            } else {
                wrapped.add(null);
            }
        }
        return wrapped;
    }

    private float height(List<Wrapped> wrapped, float size, int maxLines) {
        float total = 0;
        for (Wrapped w : wrapped) {
            total += w == null ? size * ROW : w.height(size, maxLines);
        }
        return total;
    }

    /** Columns as wide as their contents need, the spare width shared out; squeezed alike when short. */
    private static void drawPairs(Canvas canvas, Pairs row, float x, float baseline, float width, float size) throws IOException {
        TextMetrics metrics = canvas.metrics();
        int n = row.pairs().size();
        float[] natural = new float[n];
        float sum = 0;
        for (int i = 0; i < n; i++) {
            String[] pair = row.pairs().get(i);
            natural[i] = metrics.width(pair[0], size) + (pair[1].isEmpty() ? BLANK : metrics.width(pair[1], size)) + 12;
            sum += natural[i];
        }
        for (int i = 0; i < n; i++) {
            String[] pair = row.pairs().get(i);
            float column = sum <= width ? natural[i] + (width - sum) / n : width * natural[i] / sum;
            canvas.boldText(pair[0], x, baseline, size);
            float labelWidth = metrics.width(pair[0], size);
            if (pair[1].isEmpty()) {
                canvas.line(x + labelWidth, baseline + 2, x + labelWidth + Math.min(BLANK, column - labelWidth - 12), baseline + 2, 0.5f);
            } else {
                canvas.fittedText(pair[1], x + labelWidth, baseline, size, Math.min(size, 6), column - labelWidth - 6);
            }
            x += column;
        }
    }

    private static void drawParagraph(Canvas canvas, Paragraph p, Wrapped w, float x, float top, float width, float size,
                                      int maxLines) throws IOException {
        TextMetrics metrics = canvas.metrics();
        float baseline = top + size;
        canvas.boldText(p.label(), x, baseline, size);
        if (w.labelAbove()) {
            baseline += size * LINE;
        }
        List<String> lines = w.lines();
        int shown = Math.min(maxLines, lines.size());
        for (int i = 0; i < shown; i++) {
            String line = lines.get(i);
            if (i == shown - 1 && shown < lines.size()) {
                line = metrics.ellipsize(line + "…", size, width - w.indent());
            }
            canvas.text(line, x + w.indent(), baseline, size);
            baseline += size * LINE;
        }
    }
}
