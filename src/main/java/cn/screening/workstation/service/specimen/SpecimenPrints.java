package cn.screening.workstation.service.specimen;

import cn.screening.workstation.documents.PdfPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/** A box's manifest or a tube's label: saved as PDF, or printed where this PC has a printer. Off the FX thread. */
public interface SpecimenPrints {

    PdfPrinter.Outcome printManifest(UUID boxId) throws IOException;

    void saveManifest(UUID boxId, Path file) throws IOException;

    PdfPrinter.Outcome printLabel(UUID sampleId) throws IOException;

    void saveLabel(UUID sampleId, Path file) throws IOException;
}
