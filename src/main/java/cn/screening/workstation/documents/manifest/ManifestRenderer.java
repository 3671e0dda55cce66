package cn.screening.workstation.documents.manifest;

import cn.screening.workstation.documents.DocumentTexts;
import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.pdf.Canvas;
import cn.screening.workstation.documents.pdf.Formats;
import cn.screening.workstation.documents.pdf.PdfOutput;
import cn.screening.workstation.documents.pdf.PdfPages;
import cn.screening.workstation.documents.pdf.TextMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a shipment manifest as an A4 PDF. Every page carries the whole header (a page that goes
 * astray still names its box), the column heads, and the hand-over signature lines.
 */
public final class ManifestRenderer {

    static final float MARGIN = Canvas.mm(15);
    private static final float QR_SIDE = 58;
    private static final float INFO_TOP = MARGIN + 62;
    private static final float INFO_ROW = 15;
    private static final int INFO_ROWS = 5;
    private static final float TABLE_TOP = INFO_TOP + INFO_ROWS * INFO_ROW + 8;
    private static final float FOOTER_HEIGHT = 74;
    private static final float BLANK_WIDTH = 60;

    private final DocumentTexts texts = DocumentTexts.chinese();

    /** Rows of tubes one page holds. */
    public static int rowsPerPage() {
        float bottom = PdfPages.A4.getHeight() - MARGIN - FOOTER_HEIGHT;
        return (int) ((bottom - TABLE_TOP - ManifestTable.HEAD_HEIGHT) / ManifestTable.ROW_HEIGHT);
    }

    public void write(ShipmentManifest manifest, OutputStream out) throws IOException {
        Fields.required("manifestNumber", manifest);
        int perPage = rowsPerPage();
        List<ManifestLine> lines = manifest.lines();
        int pageCount = (lines.size() + perPage - 1) / perPage;
        try (PdfPages pages = PdfPages.create(texts.text("manifest.title") + " " + manifest.manifestNumber())) {
            for (int page = 0; page < pageCount; page++) {
                Canvas canvas = pages.newA4Page();
                header(canvas, manifest);
                int first = page * perPage;
                new ManifestTable(canvas, texts, MARGIN, TABLE_TOP, canvas.width() - 2 * MARGIN)
                        .draw(lines.subList(first, Math.min(lines.size(), first + perPage)), first);
                footer(canvas, page + 1, pageCount);
            }
            pages.save(out);
        }
    }

    /** Written whole or not at all. */
    public void write(ShipmentManifest manifest, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(manifest, out));
    }

    private void header(Canvas canvas, ShipmentManifest m) throws IOException {
        float right = canvas.width() - MARGIN;
        canvas.qr(m.manifestNumber(), right - QR_SIDE, MARGIN - 6, QR_SIDE);
        canvas.centredText(texts.text("manifest.title"), canvas.width() / 2, MARGIN + 20, 18, true);
        canvas.text(texts.text("manifest.number") + m.manifestNumber() + "        " + texts.text("manifest.box")
                + blankIfEmpty(m.boxNumber()), MARGIN, MARGIN + 44, 10);

        float half = (canvas.width() - 2 * MARGIN) / 2;
        float left = MARGIN;
        float mid = MARGIN + half;
        float y = INFO_TOP;
        info(canvas, left, y, half, "manifest.sender", Formats.joined(m.sender(), bracketed(m.senderContact())));
        info(canvas, mid, y, half, "manifest.destination", m.destination());
        y += INFO_ROW;
        info(canvas, left, y, half, "manifest.courier", blankIfEmpty(m.courier()));
        info(canvas, mid, y, half, "manifest.tracking", blankIfEmpty(m.trackingNumber()));
        y += INFO_ROW;
        info(canvas, left, y, half, "manifest.packedAt", Formats.dateTime(m.packedAt()));
        info(canvas, mid, y, half, "manifest.dispatchedAt", blankIfEmpty(Formats.dateTime(m.dispatchedAt())));
        y += INFO_ROW;
        String kg = m.dryIceKg() == null ? "" : Formats.number(m.dryIceKg()) + " kg";
        info(canvas, left, y, half, "manifest.condition", Formats.joined(m.condition(), kg));
        info(canvas, mid, y, half, "manifest.logger", blankIfEmpty(m.temperatureLoggerId()));
        y += INFO_ROW;
        String temperature = m.packingTemperatureC() == null ? "" : Formats.number(m.packingTemperatureC()) + " °C";
        info(canvas, left, y, half, "manifest.packingTemperature", blankIfEmpty(temperature));
        int tubes = m.lines().stream().mapToInt(ManifestLine::aliquots).sum();
        info(canvas, mid, y, half, "manifest.count", texts.text("manifest.countValue", m.lines().size(), tubes));
    }

    private void info(Canvas canvas, float x, float baseline, float width, String labelKey, String value) throws IOException {
        String label = texts.text(labelKey) + "：";
        float size = 9;
        canvas.boldText(label, x, baseline, size);
        float labelWidth = canvas.metrics().width(label, size);
        canvas.fittedText(value, x + labelWidth, baseline, size, 6, width - labelWidth - 6);
    }

    private void footer(Canvas canvas, int page, int pages) throws IOException {
        TextMetrics metrics = canvas.metrics();
        float width = canvas.width() - 2 * MARGIN;
        float y = canvas.height() - MARGIN - FOOTER_HEIGHT + 10;
        for (String line : metrics.wrap(texts.text("manifest.note"), 6.5f, width)) {
            canvas.text(line, MARGIN, y, 6.5f);
            y += 8.5f;
        }
        y += 8;
        signatureLine(canvas, y, "manifest.handedOverBy", "manifest.handedOverAt", "manifest.receivedBy", "manifest.receivedAt");
        y += 17;
        signatureLine(canvas, y, "manifest.arrivalTemperature", "manifest.boxState", null, null);
        canvas.centredText(texts.text("manifest.page", page, pages), canvas.width() / 2, canvas.height() - MARGIN + 12, 8, false);
    }

    /** Label then a line to write on, up to four per row. */
    private void signatureLine(Canvas canvas, float baseline, String... labelKeys) throws IOException {
        float x = MARGIN;
        float size = 9;
        for (String key : labelKeys) {
            if (key == null) {
                continue;
            }
            String label = texts.text(key) + "：";
            canvas.boldText(label, x, baseline, size);
            x += canvas.metrics().width(label, size);
            if (key.equals("manifest.boxState")) {
                canvas.text(texts.text("manifest.boxStateChoices"), x, baseline, size);
                return;
            }
            canvas.line(x, baseline + 2, x + BLANK_WIDTH, baseline + 2, 0.5f);
            x += BLANK_WIDTH + 10;
        }
    }

    private static String bracketed(String text) {
        return text.isEmpty() ? "" : "（" + text + "）";
    }

    /** An unknown value prints as a line to fill in by hand. */
    private static String blankIfEmpty(String value) {
        return value.isEmpty() ? "__________" : value;
    }
}
