package cn.screening.workstation.documents.label;

import cn.screening.workstation.documents.pdf.PdfOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** Writes tube labels as a PDF: Code 128 of the sample ID, then the identifiers, time, type and collector. */
public final class TubeLabelRenderer {

    private final LabelSize size;
    private final LabelLayout layout;

    public TubeLabelRenderer(LabelSize size, LabelLayout layout) {
        this.size = size;
        this.layout = layout;
    }

    /** 50 × 30 mm, one label per page. */
    public TubeLabelRenderer() {
        this(LabelSize.DEFAULT, LabelLayout.ONE_PER_PAGE);
    }

    public void write(List<TubeLabel> labels, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Written whole or not at all: a failure leaves no half file at {@code file}. */
    public void write(List<TubeLabel> labels, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(labels, out));
    }
}
