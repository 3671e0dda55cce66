package cn.screening.workstation.documents.report;

import cn.screening.workstation.documents.DocumentTexts;
import cn.screening.workstation.documents.pdf.Canvas;
import cn.screening.workstation.documents.pdf.PdfOutput;
import cn.screening.workstation.documents.pdf.PdfPages;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.domain.report.ReportColumn;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * The monthly report on A4 landscape, one table a page: the header on each page, the three tables
 * with their 合计 lines, and on the last page the signature lines (填报人 / 审核人 / 负责人) and the
 * box for the unit's stamp; when given, a last page with the dashboard's four charts. The Chinese font
 * is embedded (documents/pdf).
 */
public final class MonthlyReportPdf {

    private static final DocumentTexts TEXTS = DocumentTexts.chinese();
    private static final Map<String, String> LINE_HEADING = Map.of("A", "report.line.disease", "B", "report.line.township",
            "C", "report.line.hospital");
    private static final float MARGIN = Canvas.mm(10);
    private static final float HEAD_ROW = 34;

    public void write(Path file, ReportSheet sheet) throws IOException {
        write(file, sheet, null, null);
    }

    /**
     * The report with the export's mark (who, when, what for) at the foot of every page.
     * @param charts the dashboard of the twelve months to the period, drawn on a last page of its own; null for none
     */
    public void write(Path file, ReportSheet sheet, String mark, Dashboard charts) throws IOException {
        PdfOutput.atomically(file, out -> {
            try (PdfPages pdf = PdfPages.create(TEXTS.text("report.title") + " " + sheet.period())) {
                int tables = sheet.figures().tables().size();
                int pages = tables + (charts == null ? 0 : 1);
                int page = 0;
                for (ReportTable t : sheet.figures().tables()) {
                    Canvas c = pdf.newPage(PdfPages.A4.getHeight(), PdfPages.A4.getWidth());
                    float y = header(c, sheet, t.title(), ++page, pages);
                    y = table(c, t, y);
                    mark(c, mark);
                    if (page == tables) {
                        signatures(c, y + 16);
                    }
                }
                if (charts != null) {
                    Canvas c = pdf.newPage(PdfPages.A4.getHeight(), PdfPages.A4.getWidth());
                    DashboardPage.draw(c, charts, MARGIN, header(c, sheet, "", ++page, pages) - 12);
                    mark(c, mark);
                }
                pdf.save(out);
            }
        });
    }

    private static void mark(Canvas c, String mark) throws IOException {
        if (mark != null) {
            c.text(mark, MARGIN, c.height() - Canvas.mm(5), 7);
        }
    }

    private static float header(Canvas c, ReportSheet s, String subtitle, int page, int pages) throws IOException {
        c.centredText(TEXTS.text("report.title"), c.width() / 2, MARGIN + 14, 15, true);
        String line = TEXTS.text("report.header", s.unit(), s.period(), s.status(), Integer.toString(s.version()))
                + (s.late() ? "    " + TEXTS.text("report.late") : "") + (s.differsFromLedger() ? "    " + TEXTS.text("report.differs") : "");
        c.text(line, MARGIN, MARGIN + 32, 8.5f);
        c.rightText(TEXTS.text("report.page", page, pages), c.width() - MARGIN, MARGIN + 32, 8);
        c.boldText(subtitle, MARGIN, MARGIN + 48, 10);
        return MARGIN + 54;
    }

    /** The table as a grid: the line label column wider, the figures right-aligned; returns the y below it. */
    private static float table(Canvas c, ReportTable t, float top) throws IOException {
        float width = c.width() - 2 * MARGIN;
        int n = t.columns().size();
        float labelW = t.key().equals("C") ? 150 : 62;
        float colW = Math.min(110, (width - labelW) / n);
        float rowH = Math.min(15, (c.height() - top - HEAD_ROW - 90) / t.lines().size());
        float y = top;
        c.box(MARGIN, y, labelW, HEAD_ROW, 0.5f, 0);
        c.cellText(LINE_HEADING.containsKey(t.key()) ? TEXTS.text(LINE_HEADING.get(t.key())) : "", MARGIN + 2, y, labelW - 4, HEAD_ROW, 7);
        for (int i = 0; i < n; i++) {
            float x = MARGIN + labelW + i * colW;
            c.box(x, y, colW, HEAD_ROW, 0.5f, 0);
            c.cellText(t.columns().get(i).label(), x + 1, y, colW - 2, HEAD_ROW, 6.5f);
        }
        y += HEAD_ROW;
        for (ReportLine line : t.lines()) {
            boolean total = line.key().equals(ReportLine.TOTAL);
            c.box(MARGIN, y, labelW, rowH, 0.5f, 0);
            if (total) {
                c.boldText(line.label(), MARGIN + 2, y + rowH * 0.7f, 7);
            } else {
                c.fittedText(line.label(), MARGIN + 2, y + rowH * 0.7f, 7, 4.5f, labelW - 4);
            }
            for (int i = 0; i < n; i++) {
                float x = MARGIN + labelW + i * colW;
                c.box(x, y, colW, rowH, 0.5f, 0);
                String text = shown(t.columns().get(i), line.figures().get(i));
                float size = c.metrics().fitSize(text, 6.5f, 4.5f, colW - 3);
                c.rightText(text, x + colW - 1.5f, y + rowH * 0.7f, size);
            }
            y += rowH;
        }
        return y;
    }

    /** A count as is, an amount in yuan with two decimals, a rate as a percentage with two (— with nothing to divide by). */
    static String shown(ReportColumn column, Figure f) {
        return switch (column.measure()) {
            case COUNT -> Long.toString(f.value());
            case FEN -> Costs.yuan(f.value());
            case RATE -> f.ratio() == null ? "—" : f.ratio().multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP) + "%";
        };
    }

    private static void signatures(Canvas c, float y) throws IOException {
        float x = MARGIN;
        for (String who : new String[] {"report.filledBy", "report.reviewedBy", "report.headOfUnit"}) {
            c.text(TEXTS.text(who), x, y + 14, 10);
            c.line(x + 42, y + 16, x + 170, y + 16, 0.6f);
            x += 200;
        }
        c.text(TEXTS.text("report.filledOn"), x, y + 14, 10);
        c.line(x + 52, y + 16, x + 150, y + 16, 0.6f);
        float side = Canvas.mm(30);
        float boxX = c.width() - MARGIN - side;
        float boxY = Math.min(y + 30, c.height() - MARGIN - side);
        c.box(boxX, boxY, side, side, 0.8f, 0);
        c.centredText(TEXTS.text("report.stamp"), boxX + side / 2, boxY + side / 2 + 3, 9, false);
    }
}
