package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.documents.label.TubeLabelRenderer;
import cn.screening.workstation.documents.pdf.PdfOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOutputTest {

    @TempDir
    Path dir;

    @Test
    void aRenderThatFailsHalfwayLeavesNeitherAHalfFileNorATemporaryOne() throws Exception {
        Path pdf = dir.resolve("manifest.pdf");
        assertThatThrownBy(() -> PdfOutput.atomically(pdf, out -> {
            out.write("%PDF-1.7 half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedReprintKeepsThePdfThatWasThere() throws Exception {
        Path pdf = dir.resolve("labels.pdf");
        new TubeLabelRenderer().write(List.of(Specimens.label(1)), pdf);
        byte[] first = Files.readAllBytes(pdf);

        assertThatThrownBy(() -> PdfOutput.atomically(pdf, out -> {
            throw new IOException("printer driver crashed");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
        assertThat(PrintedPdf.read(pdf).text()).contains(Specimens.sampleId(1));
    }
}
