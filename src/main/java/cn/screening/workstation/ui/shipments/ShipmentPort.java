package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.service.specimen.Destination;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What the shipment page needs of the services (store and file work: off the FX thread). Refusals
 * come as SpecimenRefused, carrying the broken rules.
 */
public interface ShipmentPort {

    /** This site's boxes, open ones first. */
    List<Shipment> boxes();

    /** The designated hospitals a box may go to (reference data from the province). */
    List<Destination> destinations();

    /** A new, empty, open box for that hospital. */
    Shipment newBox(String destination);

    BoxContents open(UUID boxId);

    /** Puts the scanned tube into the box, or refuses it (in another open box, fails a rule, unknown number). */
    void add(UUID boxId, String sampleNo);

    void remove(UUID boxId, UUID sampleId);

    /** Sends the box off with these details, or refuses with every rule it breaks. */
    void dispatch(UUID boxId, DispatchDetails details);

    PdfPrinter.Outcome printManifest(UUID boxId) throws IOException;

    void saveManifest(UUID boxId, Path file) throws IOException;
}
