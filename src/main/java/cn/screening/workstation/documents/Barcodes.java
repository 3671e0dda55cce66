package cn.screening.workstation.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Code 128 for sample IDs and QR codes, as bare modules (the PDFs draw them as vector bars) and as
 * black-and-white images a screen can show (JavaFX converts a BufferedImage with SwingFXUtils).
 */
public final class Barcodes {

    /** Scanners need a light margin of at least 10 modules each side of a Code 128. */
    public static final int CODE128_QUIET_MODULES = 10;
    /** And 4 modules round a QR code. */
    public static final int QR_QUIET_MODULES = 4;

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private Barcodes() {
    }

    /** The bars of a Code 128, one entry per module, true for a bar; no quiet zone. Printable ASCII only. */
    public static boolean[] code128Modules(String text) {
        String checked = Fields.barcodeText("barcode", text);
        // the compact encoder switches to code set C for digit runs: a shorter bar for the same sample ID
        return new Code128Writer().encode(checked, Map.of(EncodeHintType.CODE128_COMPACT, Boolean.TRUE));
    }

    /** The modules of a QR code (error correction M, UTF-8), no quiet zone; any non-empty text. */
    public static BitMatrix qrModules(String text) {
        Fields.required("barcode", text);
        String checked = text;
        try {
            return new QRCodeWriter().encode(checked, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw Fields.refused("barcode", "problem.tooLong");
        }
    }

    /** A Code 128 image with its quiet zone: {@code moduleWidth} pixels per module, {@code height} pixels tall. */
    public static BufferedImage code128Image(String text, int moduleWidth, int height) {
        boolean[] bars = code128Modules(text);
        int width = (bars.length + 2 * CODE128_QUIET_MODULES) * moduleWidth;
        BufferedImage image = blank(width, height);
        for (int m = 0; m < bars.length; m++) {
            if (bars[m]) {
                fill(image, (CODE128_QUIET_MODULES + m) * moduleWidth, 0, moduleWidth, height);
            }
        }
        return image;
    }

    /** A QR code image with its quiet zone, {@code moduleSize} pixels per module. */
    public static BufferedImage qrImage(String text, int moduleSize) {
        BitMatrix modules = qrModules(text);
        int side = (modules.getWidth() + 2 * QR_QUIET_MODULES) * moduleSize;
        BufferedImage image = blank(side, side);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    fill(image, (QR_QUIET_MODULES + x) * moduleSize, (QR_QUIET_MODULES + y) * moduleSize, moduleSize, moduleSize);
                }
            }
        }
        return image;
    }

    private static BufferedImage blank(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        fillWith(image, 0, 0, width, height, WHITE);
        return image;
    }

    private static void fill(BufferedImage image, int x, int y, int w, int h) {
        fillWith(image, x, y, w, h, BLACK);
    }

    private static void fillWith(BufferedImage image, int x, int y, int w, int h, int rgb) {
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                image.setRGB(i, j, rgb);
            }
        }
    }
}
