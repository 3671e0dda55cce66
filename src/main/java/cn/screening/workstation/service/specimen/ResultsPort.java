package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.ResultRules;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the results page needs of the services (off the FX thread); errors come as SpecimenRefused. */
public interface ResultsPort {

    /** The rules in force, for the live class and suggestion (plain code, no store). */
    ResultRules rules();

    /** Accepted tubes at this lab, waiting for or holding a result. */
    List<AwaitingResult> awaiting();

    /** The result entered so far for the tube, if any. */
    Optional<LabResult> ofSample(UUID sampleId);

    /**
     * Saves the numbers, and confirms when the entry carries a diagnosis. Warnings (borderline level,
     * female patient) hold it back until {@code acknowledged}.
     */
    ResultOutcome enter(AwaitingResult tube, ResultEntry entry, boolean acknowledged);
}
