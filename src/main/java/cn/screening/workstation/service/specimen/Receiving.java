package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The designated hospital receives boxes addressed to it, tube by tube. */
public final class Receiving {

    private final SpecimenContext ctx;

    Receiving(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** Dispatched boxes addressed to this site (arrived through sync), not yet received first. */
    public List<IncomingBox> incoming() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Opens the receipt of a box: arrival time and temperature. A box received before is refused. */
    public Receipt receive(UUID shipmentId, Instant arrivedAt, BigDecimal arrivalTempC) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A tube scanned from the box: accepted unless judged otherwise; unknown, twice or another box's is refused. */
    public ScanOutcome scan(UUID shipmentId, String sampleNo) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Accepts or rejects a scanned tube; a rejection needs its reason. */
    public TubeVerdict judge(UUID shipmentId, UUID sampleId, TubeDecision decision, RejectionReason reason, String condition) {
        throw new UnsupportedOperationException("not yet");
    }

    public Reconciliation reconcile(UUID shipmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes the receipt: scanning ends, the missing tubes stay missing. */
    public Receipt complete(UUID shipmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Receipt> receiptOf(UUID shipmentId) {
        throw new UnsupportedOperationException("not yet");
    }
}
