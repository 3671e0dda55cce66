package cn.screening.workstation.documents.pdf;

import cn.screening.workstation.documents.Barcodes;
import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Drawing on one page with the origin at the top-left and y growing downwards, in points, as a
 * form is laid out; text in the embedded Chinese font, barcodes as vector bars.
 */
public final class Canvas implements AutoCloseable {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final PDPageContentStream content;
    private final TextMetrics metrics;
    private final float width;
    private final float height;

    Canvas(PDDocument document, PDPage page, TextMetrics metrics) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.metrics = metrics;
        this.width = page.getMediaBox().getWidth();
        this.height = page.getMediaBox().getHeight();
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public TextMetrics metrics() {
        return metrics;
    }

    /** Text with its baseline at {@code baseline}. */
    public void text(String text, float x, float baseline, float size) throws IOException {
        draw(text, x, baseline, size, false);
    }

    /** Headings and field labels: the one face, stroked as well as filled to stand out. */
    public void boldText(String text, float x, float baseline, float size) throws IOException {
        draw(text, x, baseline, size, true);
    }

    public void centredText(String text, float centreX, float baseline, float size, boolean bold) throws IOException {
        draw(text, centreX - metrics.width(text, size) / 2, baseline, size, bold);
    }

    public void rightText(String text, float rightX, float baseline, float size) throws IOException {
        draw(text, rightX - metrics.width(text, size), baseline, size, false);
    }

    /** Shrinks the text from {@code max} to {@code min} points to fit {@code maxWidth}, then cuts it with …. */
    public void fittedText(String text, float x, float baseline, float max, float min, float maxWidth) throws IOException {
        float size = metrics.fitSize(text, max, min, maxWidth);
        draw(metrics.ellipsize(text, size, maxWidth), x, baseline, size, false);
    }

    /**
     * Text in a table cell: one line shrunk to fit, else two wrapped lines in a smaller size, the
     * second cut with … only when even that cannot hold it.
     */
    public void cellText(String text, float x, float top, float w, float h, float max) throws IOException {
        if (text.isBlank()) {
            return;
        }
        float single = metrics.fitSize(text, max, max * 0.8f, w);
        if (metrics.width(text, single) <= w || h < max * 2) {
            fittedText(text, x, top + h / 2 + single * 0.35f, single, Math.min(single, 4.5f), w);
            return;
        }
        float size = single;
        List<String> lines = metrics.wrap(text, size, w);
        if (lines.size() < 2) {
            // nowhere to break (one long word): one line, shrunk or cut
            fittedText(text, x, top + h / 2 + single * 0.35f, single, Math.min(single, 4.5f), w);
            return;
        }
        while (lines.size() > 2 && size > 4.5f) {
            size -= 0.5f;
            lines = metrics.wrap(text, size, w);
        }
        String second = lines.size() > 2 ? String.join("", lines.subList(1, lines.size())) : lines.get(1);
        float gap = size * 1.15f;
        float first = top + h / 2 - gap / 2 + size * 0.35f;
        draw(lines.get(0), x, first, size, false);
        draw(metrics.ellipsize(second, size, w), x, first + gap, size, false);
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(x1, height - y1);
        content.lineTo(x2, height - y2);
        content.stroke();
    }

    public void dashedLine(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.saveGraphicsState();
        content.setLineDashPattern(new float[] {4, 3}, 0);
        line(x1, y1, x2, y2, lineWidth);
        content.restoreGraphicsState();
    }

    public void box(float x, float y, float w, float h, float lineWidth, float grey) throws IOException {
        content.saveGraphicsState();
        content.setStrokingColor(grey);
        content.setLineWidth(lineWidth);
        content.addRect(x, height - y - h, w, h);
        content.stroke();
        content.restoreGraphicsState();
    }

    /** A filled rectangle in an RGB colour (each 0–1): a chart's bar or legend key. */
    public void fill(float x, float y, float w, float h, float[] rgb) throws IOException {
        content.saveGraphicsState();
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(x, height - y - h, w, h);
        content.fill();
        content.restoreGraphicsState();
    }

    /** A line through {@code points} (x0, y0, x1, y1, …) in an RGB colour: a chart's series. */
    public void polyline(float[] points, float lineWidth, float[] rgb) throws IOException {
        if (points.length < 4) {
            return;
        }
        content.saveGraphicsState();
        content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.setLineWidth(lineWidth);
        content.moveTo(points[0], height - points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            content.lineTo(points[i], height - points[i + 1]);
        }
        content.stroke();
        content.restoreGraphicsState();
    }

    /** A Code 128 filling {@code w} × {@code h}, its quiet zone included in the width. */
    public void code128(String text, float x, float y, float w, float h) throws IOException {
        boolean[] bars = Barcodes.code128Modules(text);
        float module = w / (bars.length + 2 * Barcodes.CODE128_QUIET_MODULES);
        float left = x + Barcodes.CODE128_QUIET_MODULES * module;
        int m = 0;
        while (m < bars.length) {
            if (!bars[m]) {
                m++;
                continue;
            }
            int run = m;
            while (run < bars.length && bars[run]) {
                run++;
            }
            content.addRect(left + m * module, height - y - h, (run - m) * module, h);
            m = run;
        }
        content.fill();
    }

    /** A QR code of side {@code side}, its quiet zone included. */
    public void qr(String text, float x, float y, float side) throws IOException {
        BitMatrix modules = Barcodes.qrModules(text);
        float module = side / (modules.getWidth() + 2 * Barcodes.QR_QUIET_MODULES);
        float left = x + Barcodes.QR_QUIET_MODULES * module;
        float top = y + Barcodes.QR_QUIET_MODULES * module;
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int col = 0; col < modules.getWidth(); col++) {
                if (modules.get(col, row)) {
                    content.addRect(left + col * module, height - top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private void draw(String text, float x, float baseline, float size, boolean bold) throws IOException {
        String printable = metrics.printable(text);
        if (printable.isBlank()) {
            return;
        }
        content.beginText();
        content.setFont(metrics.font().font(), size);
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.035f);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(x, height - baseline);
        content.showText(printable);
        content.endText();
    }
}
