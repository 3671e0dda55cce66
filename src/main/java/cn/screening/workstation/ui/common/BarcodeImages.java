package cn.screening.workstation.ui.common;

import cn.screening.workstation.documents.Barcodes;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** The sample ID as the screen shows it beside the form: the label's Code 128, and a QR code. */
public final class BarcodeImages {

    private BarcodeImages() {
    }

    public static Image code128(String text) {
        return SwingFXUtils.toFXImage(Barcodes.code128Image(text, 2, 60), null);
    }

    public static Image qr(String text) {
        return SwingFXUtils.toFXImage(Barcodes.qrImage(text, 4), null);
    }
}
