package cn.screening.workstation.documents.label;

import cn.screening.workstation.documents.DocumentTexts;
import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.pdf.Canvas;
import cn.screening.workstation.documents.pdf.Formats;
import cn.screening.workstation.documents.pdf.PdfOutput;
import cn.screening.workstation.documents.pdf.PdfPages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes tube labels as a PDF: Code 128 of the sample ID, then the identifiers, time, type and collector. */
public final class TubeLabelRenderer {

    private static final float SHEET_MARGIN = Canvas.mm(10);
    private static final float SHEET_GAP = Canvas.mm(2);
    private static final float LABEL_MARGIN = Canvas.mm(1.5);

    private final LabelSize size;
    private final LabelLayout layout;
    private final DocumentTexts texts = DocumentTexts.chinese();

    public TubeLabelRenderer(LabelSize size, LabelLayout layout) {
        this.size = Fields.required("labelSize", size);
        this.layout = Fields.required("labelSize", layout);
    }

    /** 50 × 30 mm, one label per page. */
    public TubeLabelRenderer() {
        this(LabelSize.DEFAULT, LabelLayout.ONE_PER_PAGE);
    }

    public void write(List<TubeLabel> labels, OutputStream out) throws IOException {
        List<TubeLabel> checked = Fields.nonEmpty("sampleId", labels);
        float w = Canvas.mm(size.widthMm());
        float h = Canvas.mm(size.heightMm());
        try (PdfPages pages = PdfPages.create(texts.text("label.title"))) {
            if (layout == LabelLayout.ONE_PER_PAGE) {
                for (TubeLabel label : checked) {
                    draw(pages.newPage(w, h), label, 0, 0, w, h);
                }
            } else {
                writeSheets(pages, checked, w, h);
            }
            pages.save(out);
        }
    }

    /** Written whole or not at all: a failure leaves no half file at {@code file}. */
    public void write(List<TubeLabel> labels, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(labels, out));
    }

    /** How many labels of this size one A4 sheet holds (columns × rows, at least one). */
    public int labelsPerSheet() {
        return columns() * rows();
    }

    private int columns() {
        return Math.max(1, (int) ((PdfPages.A4.getWidth() - 2 * SHEET_MARGIN + SHEET_GAP) / (Canvas.mm(size.widthMm()) + SHEET_GAP)));
    }

    private int rows() {
        return Math.max(1, (int) ((PdfPages.A4.getHeight() - 2 * SHEET_MARGIN + SHEET_GAP) / (Canvas.mm(size.heightMm()) + SHEET_GAP)));
    }

    private void writeSheets(PdfPages pages, List<TubeLabel> labels, float w, float h) throws IOException {
        int columns = columns();
        int perSheet = labelsPerSheet();
        // the grid centred across the sheet, so both side margins match
        float left = (PdfPages.A4.getWidth() - columns * w - (columns - 1) * SHEET_GAP) / 2;
        Canvas sheet = null;
        for (int i = 0; i < labels.size(); i++) {
            int slot = i % perSheet;
            if (slot == 0) {
                sheet = pages.newA4Page();
            }
            float x = left + (slot % columns) * (w + SHEET_GAP);
            float y = SHEET_MARGIN + (slot / columns) * (h + SHEET_GAP);
            // plain paper is cut by hand: a faint outline shows where
            sheet.box(x, y, w, h, 0.3f, 0.75f);
            draw(sheet, labels.get(i), x, y, w, h);
        }
    }

    private void draw(Canvas canvas, TubeLabel label, float x, float y, float w, float h) throws IOException {
        float scale = Math.max(0.75f, Math.min(h / Canvas.mm(30), w / Canvas.mm(50)));
        float inner = w - 2 * LABEL_MARGIN;
        float barHeight = h * 0.28f;
        canvas.code128(label.sampleId(), x + LABEL_MARGIN, y + LABEL_MARGIN, inner, barHeight);
        float baseline = y + LABEL_MARGIN + barHeight + 8.5f * scale;
        float idSize = canvas.metrics().fitSize(label.sampleId(), 8.5f * scale, 5, inner);
        canvas.centredText(label.sampleId(), x + w / 2, baseline, idSize, true);

        List<String> lines = lines(label);
        float room = y + h - LABEL_MARGIN - baseline;
        float step = Math.min(9.5f * scale, room / lines.size());
        float textSize = Math.min(7f * scale, step * 0.85f);
        for (String line : lines) {
            baseline += step;
            canvas.fittedText(line, x + LABEL_MARGIN, baseline, textSize, 4, inner);
        }
    }

    private List<String> lines(TubeLabel label) {
        List<String> lines = new ArrayList<>();
        String name = texts.text("label.name") + " " + label.patient().maskedName();
        lines.add(label.birthDate() == null ? name
                : Formats.joined(name, texts.text("label.birthDate"), Formats.date(label.birthDate())));
        if (!label.patient().caseNumber().isEmpty()) {
            lines.add(texts.text("label.caseNumber") + " " + label.patient().caseNumber());
        }
        lines.add(Formats.joined(texts.text("label.drawnAt"), Formats.dateTime(label.drawnAt()),
                texts.text("label.collector"), label.collector()));
        lines.add(label.specimenType());
        return lines;
    }
}
