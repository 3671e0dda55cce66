package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Shipment;
import java.util.List;
import java.util.UUID;

/**
 * What the shipment page needs of the services (store and file work: off the FX thread). Each command
 * answers with what the page shows next, so nothing is read again; a refused scan is an answer, a
 * refused dispatch comes as SpecimenRefused carrying the broken rules.
 */
public interface ShipmentPort {

    /** This site's boxes, open ones first. */
    List<Shipment> boxes();

    /** The designated hospitals a box may go to (reference data from the province). */
    List<Destination> destinations();

    /** A new, empty, open box for that hospital, with the boxes as they now stand. */
    PackingDesk startBox(String destination);

    BoxContents open(UUID boxId);

    /** Puts the scanned tube into the box, or refuses it (in another open box, fails a rule, unknown number). */
    BoxScan addTube(UUID boxId, String sampleNo);

    BoxContents removeTube(UUID boxId, UUID sampleId);

    /** Sends the box off with these details, or refuses with every rule it breaks. */
    PackingDesk dispatch(UUID boxId, DispatchDetails details);
}
