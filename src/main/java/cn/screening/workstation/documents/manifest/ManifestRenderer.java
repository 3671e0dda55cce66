package cn.screening.workstation.documents.manifest;

import cn.screening.workstation.documents.pdf.PdfOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a shipment manifest as an A4 PDF; long boxes run over pages, each with the header repeated. */
public final class ManifestRenderer {

    public void write(ShipmentManifest manifest, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Written whole or not at all. */
    public void write(ShipmentManifest manifest, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(manifest, out));
    }
}
