package cn.screening.workstation.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** One PDF being written: pages added one after another, the Chinese font embedded, saved at the end. */
public final class PdfPages implements AutoCloseable {

    public static final PDRectangle A4 = PDRectangle.A4;

    private final PDDocument document;
    private final ChineseFont font;
    /** Shared by all pages: its measured widths carry over from page to page. */
    private final TextMetrics metrics;
    private Canvas current;

    private PdfPages(PDDocument document, ChineseFont font) {
        this.document = document;
        this.font = font;
        this.metrics = new TextMetrics(font);
    }

    public static PdfPages create(String title) throws IOException {
        PDDocument document = new PDDocument();
        try {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("County Screening Workstation");
            return new PdfPages(document, ChineseFont.loadInto(document));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** A new page of the given size in points; the previous page's drawing is finished. */
    public Canvas newPage(float widthPt, float heightPt) throws IOException {
        finishPage();
        PDPage page = new PDPage(new PDRectangle(widthPt, heightPt));
        document.addPage(page);
        current = new Canvas(document, page, metrics);
        return current;
    }

    public Canvas newA4Page() throws IOException {
        return newPage(A4.getWidth(), A4.getHeight());
    }

    public void save(OutputStream out) throws IOException {
        finishPage();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try {
            finishPage();
            document.close();
        } finally {
            font.close();
        }
    }

    private void finishPage() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
