package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.TubeDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the receiving page needs of the services (off the FX thread). Each command answers with the
 * box as it now stands, so the page shows it without reading again; a form's refusal comes as SpecimenRefused.
 */
public interface ReceivingPort {

    /** Dispatched boxes addressed to this hospital, not yet received first. */
    List<IncomingBox> incoming();

    ArrivingBox open(UUID shipmentId);

    /** Records the box's arrival: when, and the temperature read on opening it. */
    ArrivingBox receive(UUID shipmentId, Instant arrivedAt, BigDecimal temperatureC);

    /** One scanned tube: on the list it is taken in; otherwise refused with the reason (other box, unknown, twice). */
    TubeScan scan(UUID shipmentId, String sampleNo);

    /** Accepts or rejects an arrived tube; a rejection needs its reason (rule 25). */
    ArrivingBox judge(UUID shipmentId, UUID sampleId, TubeDecision decision, RejectionReason reason, String condition);

    /** Closes the box's receipt: missing tubes stay missing. */
    ArrivingBox complete(UUID shipmentId);
}
