package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county packs tubes into boxes for a designated hospital and sends them. */
public final class Shipments {

    private final SpecimenContext ctx;

    Shipments(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** The designated hospitals in reference data. */
    public List<Destination> destinations() {
        throw new UnsupportedOperationException("not yet");
    }

    public Shipment createBox(String destination) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a scanned (or picked) tube; refused with the reason when it is in another open box or fails a rule. */
    public Shipment addTube(UUID boxId, String sampleNo) {
        throw new UnsupportedOperationException("not yet");
    }

    public Shipment removeTube(UUID boxId, UUID sampleId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes and sends the box: its tubes become dispatched and their cases 已送样. */
    public Shipment dispatch(UUID boxId, DispatchDetails details) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Shipment> find(UUID boxId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Boxes of this site, open ones first, then the newest. */
    public List<Shipment> boxes(int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Sample> tubes(UUID boxId) {
        throw new UnsupportedOperationException("not yet");
    }
}
