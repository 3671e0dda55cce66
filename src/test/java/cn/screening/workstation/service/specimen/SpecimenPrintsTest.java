package cn.screening.workstation.service.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draw form's label: with no printer nothing is printed and the caller is told; saved, it is a real PDF of the tube. */
class SpecimenPrintsTest {

    @TempDir
    Path folder;
    @TempDir
    Path out;

    @Test
    void aLabelIsSavedAsAPdfWhereThereIsNoPrinter() throws Exception {
        try (Workspace ws = SpecimenSites.county(folder)) {
            var caseId = SpecimenSites.suspectedCase(ws, "赵六", Sex.MALE);
            var specimens = SpecimenSites.specimens(ws);
            Sample tube = specimens.draw().draw(caseId, SpecimenSites.unspunDraw(Instant.now(), Duration.ofMinutes(15)));
            var port = specimens.prints(new PdfPrinter(Optional::empty));

            assertThat(port.printLabel(tube.id())).isEqualTo(PdfPrinter.Outcome.NO_PRINTER);
            Path label = out.resolve("label.pdf");
            port.saveLabel(tube.id(), label);

            assertThat(Files.size(label)).isPositive();
            try (PDDocument doc = Loader.loadPDF(label.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(tube.sampleNo(), "赵*").doesNotContain("赵六");
            }
        }
    }
}
