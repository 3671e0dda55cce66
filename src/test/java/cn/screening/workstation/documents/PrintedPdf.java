package cn.screening.workstation.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back the way a reader would: its text page by page, its fonts, its pages as pictures. */
final class PrintedPdf {

    private final List<String> pageTexts;
    private final List<PDFont> fonts;
    private final List<float[]> pageSizes;
    private final Path file;

    private PrintedPdf(Path file, List<String> pageTexts, List<PDFont> fonts, List<float[]> pageSizes) {
        this.file = file;
        this.pageTexts = pageTexts;
        this.fonts = fonts;
        this.pageSizes = pageSizes;
    }

    static PrintedPdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            List<PDFont> fonts = new ArrayList<>();
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
                sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
            }
            return new PrintedPdf(file, texts, fonts, sizes);
        }
    }

    int pages() {
        return pageTexts.size();
    }

    String page(int index) {
        return pageTexts.get(index);
    }

    String text() {
        return String.join("\n", pageTexts);
    }

    List<PDFont> fonts() {
        return fonts;
    }

    /** Width and height of a page in millimetres. */
    double[] pageSizeMm(int index) {
        float[] pt = pageSizes.get(index);
        return new double[] {pt[0] * 25.4 / 72, pt[1] * 25.4 / 72};
    }

    /** The page as a printer at {@code dpi} would lay it down. */
    BufferedImage render(int index, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi);
        }
    }

    /** What a scanner reads from the image, or an exception when it finds no barcode of that format. */
    static String decode(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
