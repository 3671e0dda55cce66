package cn.screening.workstation.ui.samples;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.service.specimen.DrawRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/** What the sample-draw form needs of the services (store and file work: off the FX thread). */
public interface SampleDrawPort {

    /** The rules in force, for the form to check as the user types (plain code, no store). */
    SampleRules rules();

    /** Saves a drawn tube for the case; the service numbers it. Refusals come as SpecimenRefused. */
    Sample draw(UUID caseId, DrawRequest request);

    PdfPrinter.Outcome printLabel(UUID sampleId) throws IOException;

    void saveLabel(UUID sampleId, Path file) throws IOException;
}
