package cn.screening.workstation.documents.manifest;

import cn.screening.workstation.documents.DocumentTexts;
import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.pdf.Canvas;
import cn.screening.workstation.documents.pdf.Formats;
import java.io.IOException;
import java.util.List;

/** The manifest's table of tubes on one page: fixed-height rows, so pages are counted before drawing. */
final class ManifestTable {

    static final float HEAD_HEIGHT = 18;
    static final float ROW_HEIGHT = 16;
    private static final float PAD = 2;
    private static final String[] HEADS = {"manifest.col.index", "manifest.col.sampleId", "manifest.col.patient",
        "manifest.col.caseNumber", "manifest.col.drawnAt", "manifest.col.tubeType", "manifest.col.aliquots",
        "manifest.col.tests", "manifest.col.receipt"};
    /** Shares of the table's width, in the order of HEADS. */
    private static final float[] SHARES = {22, 78, 60, 86, 64, 62, 40, 66, 32};

    private final Canvas canvas;
    private final DocumentTexts texts;
    private final float left;
    private final float top;
    private final float[] widths = new float[SHARES.length];

    ManifestTable(Canvas canvas, DocumentTexts texts, float left, float top, float width) {
        this.canvas = canvas;
        this.texts = texts;
        this.left = left;
        this.top = top;
        float total = 0;
        for (float share : SHARES) {
            total += share;
        }
        for (int i = 0; i < SHARES.length; i++) {
            widths[i] = width * SHARES[i] / total;
        }
    }

    /** The rows, numbered from {@code firstIndex} + 1, under the column heads. */
    void draw(List<ManifestLine> lines, int firstIndex) throws IOException {
        float right = left + sum(widths.length);
        canvas.line(left, top, right, top, 0.8f);
        float x = left;
        for (int c = 0; c < HEADS.length; c++) {
            String head = texts.text(HEADS[c]);
            canvas.boldText(head, x + PAD, top + HEAD_HEIGHT / 2 + 3, fitHead(head, widths[c]));
            x += widths[c];
        }
        float y = top + HEAD_HEIGHT;
        canvas.line(left, y, right, y, 0.6f);
        for (int i = 0; i < lines.size(); i++) {
            row(lines.get(i), firstIndex + i + 1, y);
            y += ROW_HEIGHT;
            canvas.line(left, y, right, y, 0.25f);
        }
        float column = left;
        for (int c = 0; c <= widths.length; c++) {
            canvas.line(column, top, column, y, 0.25f);
            column += c < widths.length ? widths[c] : 0;
        }
    }

    private void row(ManifestLine line, int index, float y) throws IOException {
        MaskedPatient p = line.patient();
        String aliquots = line.volumeMl() == null ? line.aliquots() + texts.text("manifest.tubes")
                : line.aliquots() + "×" + Formats.number(line.volumeMl()) + " mL";
        String[] cells = {String.valueOf(index), line.sampleId(), Formats.joined(p.maskedName(), p.sex(), p.age()),
            p.caseNumber(), Formats.dateTime(line.drawnAt()), line.tubeType(), aliquots, line.testsRequested(), ""};
        float x = left;
        for (int c = 0; c < cells.length; c++) {
            canvas.cellText(cells[c], x + PAD, y, widths[c] - 2 * PAD, ROW_HEIGHT, 7.5f);
            x += widths[c];
        }
    }

    private float fitHead(String head, float width) {
        return canvas.metrics().fitSize(head, 8.5f, 5, width - 2 * PAD);
    }

    private float sum(int columns) {
        float total = 0;
        for (int c = 0; c < columns; c++) {
            total += widths[c];
        }
        return total;
    }
}
