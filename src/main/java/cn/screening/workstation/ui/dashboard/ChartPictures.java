package cn.screening.workstation.ui.dashboard;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * A chart's picture as a BufferedImage that ImageIO can write as PNG: the snapshot's pixels copied
 * row by row, so the screen needs nothing beyond javafx.graphics and java.desktop.
 */
final class ChartPictures {

    private ChartPictures() {
    }

    /** Takes the snapshot: call on the JavaFX thread. */
    static BufferedImage of(Node chart) {
        WritableImage snap = chart.snapshot(new SnapshotParameters(), null);
        int w = (int) snap.getWidth();
        int h = (int) snap.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = snap.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
