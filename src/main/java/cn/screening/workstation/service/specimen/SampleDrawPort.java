package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleRules;
import java.util.UUID;

/** What the sample-draw form needs of the services (store and file work: off the FX thread). */
public interface SampleDrawPort {

    /** The rules in force, for the form to check as the user types (plain code, no store). */
    SampleRules rules();

    /** Saves a drawn tube for the case; the service numbers it. Refusals come as SpecimenRefused. */
    Sample draw(UUID caseId, DrawRequest request);
}
