package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.documents.label.TubeLabelRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPrinterTest {

    @TempDir
    Path dir;

    @Test
    void withoutAPrinterTheCallerIsToldSoAndThePdfIsLeftToSave() throws Exception {
        Path pdf = dir.resolve("labels.pdf");
        new TubeLabelRenderer().write(List.of(Specimens.label(1)), pdf);
        byte[] before = Files.readAllBytes(pdf);
        PdfPrinter printer = new PdfPrinter(Optional::empty);

        assertThat(printer.hasPrinter()).isFalse();
        assertThat(printer.print(pdf, "标本标签")).isEqualTo(PdfPrinter.Outcome.NO_PRINTER);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
    }
}
