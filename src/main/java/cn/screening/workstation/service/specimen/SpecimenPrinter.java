package cn.screening.workstation.service.specimen;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.documents.label.TubeLabelRenderer;
import cn.screening.workstation.documents.manifest.ManifestRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Manifests and labels rendered by the documents package from what {@link SpecimenDocuments} reads. */
final class SpecimenPrinter implements SpecimenPrints {

    private final SpecimenDocuments documents;
    private final PdfPrinter printer;

    SpecimenPrinter(SpecimenDocuments documents, PdfPrinter printer) {
        this.documents = documents;
        this.printer = printer;
    }

    @Override
    public PdfPrinter.Outcome printManifest(UUID boxId) throws IOException {
        return printer.print("shipment-manifest", file -> saveManifest(boxId, file));
    }

    @Override
    public void saveManifest(UUID boxId, Path file) throws IOException {
        new ManifestRenderer().write(documents.manifest(boxId), file);
    }

    @Override
    public PdfPrinter.Outcome printLabel(UUID sampleId) throws IOException {
        return printer.print("tube-label", file -> saveLabel(sampleId, file));
    }

    @Override
    public void saveLabel(UUID sampleId, Path file) throws IOException {
        new TubeLabelRenderer().write(documents.labels(List.of(sampleId)), file);
    }
}
