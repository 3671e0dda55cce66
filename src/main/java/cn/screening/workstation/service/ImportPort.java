package cn.screening.workstation.service;

import java.nio.file.Path;

/** The import service as the wizard uses it (PatientImport; a fake in ViewModel tests). */
public interface ImportPort {

    ImportPreview preview(Path file);

    ImportSummary commit(ImportPreview preview);

    void writeReport(ImportPreview preview, Path report);
}
