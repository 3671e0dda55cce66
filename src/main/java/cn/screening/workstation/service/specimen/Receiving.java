package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.ReceiptRules;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.ScanResult;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.store.Tx;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The designated hospital receives boxes addressed to it, tube by tube. */
public final class Receiving implements ReceivingPort {

    private static final int INCOMING_LIMIT = 500;

    /** The order the store lists a receipt's verdicts in ({@code decided_at, sample_no}). */
    private static final Comparator<TubeVerdict> IN_SCAN_ORDER = Comparator
            .comparing(TubeVerdict::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(TubeVerdict::sampleNo);

    private final SpecimenContext ctx;

    Receiving(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** Dispatched boxes addressed to this site (arrived through sync), not yet received first. */
    public List<IncomingBox> incoming() {
        return ctx.read(tx -> {
            List<IncomingBox> out = new ArrayList<>();
            for (Shipment s : ctx.store().shipments().addressedTo(tx, ctx.site(), INCOMING_LIMIT)) {
                out.add(IncomingBox.of(s, ctx.store().receipts().ofShipment(tx, s.id()).isPresent()));
            }
            out.sort(IncomingBox.NOT_RECEIVED_FIRST);
            return out;
        });
    }

    /** A box addressed here as the receiving page shows it: the list, its receipt so far and the two compared. */
    public ArrivingBox open(UUID shipmentId) {
        return ctx.read(tx -> {
            Shipment box = addressedBox(tx, shipmentId);
            return asItStands(tx, box, ctx.store().receipts().ofShipment(tx, shipmentId).orElse(null));
        });
    }

    /** Opens the receipt of a box: arrival time and temperature. A box received before is refused. */
    public ArrivingBox receive(UUID shipmentId, Instant arrivedAt, BigDecimal arrivalTempC) {
        ctx.requireHospital();
        return ctx.write(tx -> {
            Shipment box = addressedBox(tx, shipmentId);
            boolean already = ctx.store().receipts().ofShipment(tx, shipmentId).isPresent();
            SpecimenContext.refuseErrors(ReceiptRules.checkArrival(box, already, arrivedAt, arrivalTempC, tx.now()));
            Receipt r = new Receipt(Receipt.idFor(shipmentId), shipmentId, box.boxNo(), ctx.site(), box.fromSite(), arrivedAt,
                    arrivalTempC, ctx.user(), List.of(), null, null);
            return asItStands(tx, box, ctx.store().receipts().insert(tx, r));
        });
    }

    /**
     * A tube scanned from the box: accepted unless judged otherwise. A number scanned twice is refused;
     * one unknown or of another box is noted as unexpected on the receipt, then refused. Either way the
     * answer carries the box as it now stands, built from what this transaction read and wrote.
     */
    public TubeScan scan(UUID shipmentId, String sampleNo) {
        ctx.requireHospital();
        String no = sampleNo == null ? "" : sampleNo.strip();
        return ctx.write(tx -> {
            Shipment box = addressedBox(tx, shipmentId);
            Receipt receipt = openReceipt(tx, box);
            // the box's verdicts answer both the duplicate check and the reconciliation: one read
            List<TubeVerdict> scanned = ctx.store().verdicts().ofReceipt(tx, receipt.id());
            boolean listed = box.items().stream().anyMatch(i -> i.sampleNo().equals(no));
            Optional<String> other = listed ? Optional.empty() : ctx.store().shipments().otherBoxListing(tx, no, box.id());
            ScanResult kind = ReceiptRules.classify(no, box, scanned, other);
            Optional<Violation> refusal = ReceiptRules.refusal(kind);
            if (kind instanceof ScanResult.AlreadyScanned) {
                return new TubeScan.Refused(refusal.get(), ArrivingBox.of(box, receipt, scanned));
            }
            if (refusal.isPresent()) {
                Receipt noted = receipt;
                if (!no.isEmpty() && !receipt.unexpected().contains(no)) {
                    List<String> unexpected = new ArrayList<>(receipt.unexpected());
                    unexpected.add(no);
                    noted = ctx.store().receipts().update(tx, receipt, receipt.with(unexpected, receipt.completedAt()));
                }
                return new TubeScan.Refused(refusal.get(), ArrivingBox.of(box, noted, scanned));
            }
            ScanResult.Expected e = (ScanResult.Expected) kind;
            TubeVerdict v = ctx.store().verdicts().insert(tx, new TubeVerdict(TubeVerdict.idFor(receipt.id(), e.item().sampleId()),
                    receipt.id(), box.id(), ctx.site(), box.fromSite(), e.item().sampleId(), e.item().sampleNo(), TubeDecision.ACCEPTED,
                    null, null, tx.now(), ctx.user(), null));
            List<TubeVerdict> now = new ArrayList<>(scanned);
            now.add(v);
            now.sort(IN_SCAN_ORDER);
            return new TubeScan.Taken(v, ArrivingBox.of(box, receipt, now));
        });
    }

    /** Accepts or rejects a scanned tube; a rejection needs its reason. Answers with the box as it now stands. */
    public ArrivingBox judge(UUID shipmentId, UUID sampleId, TubeDecision decision, RejectionReason reason, String condition) {
        ctx.requireHospital();
        SpecimenContext.refuseErrors(ReceiptRules.checkVerdict(decision, reason));
        return ctx.write(tx -> {
            Shipment box = addressedBox(tx, shipmentId);
            Receipt receipt = openReceipt(tx, box);
            TubeVerdict before = ctx.store().verdicts().findById(tx, TubeVerdict.idFor(receipt.id(), sampleId))
                    .orElseThrow(() -> SpecimenContext.refused(ReceiptRules.TUBE, "specimen.scan.not_scanned"));
            TubeVerdict after = before.judged(decision, decision == TubeDecision.REJECTED ? reason : null,
                    condition == null || condition.isBlank() ? null : condition.strip(), tx.now(), ctx.user());
            ctx.store().verdicts().update(tx, before, after);
            return asItStands(tx, box, receipt);
        });
    }

    public Reconciliation reconcile(UUID shipmentId) {
        return open(shipmentId).reconciliation();
    }

    /** Closes the receipt: scanning ends, the missing tubes stay missing. Answers with the box as it now stands. */
    public ArrivingBox complete(UUID shipmentId) {
        ctx.requireHospital();
        return ctx.write(tx -> {
            Shipment box = addressedBox(tx, shipmentId);
            Receipt r = openReceipt(tx, box);
            return asItStands(tx, box, ctx.store().receipts().update(tx, r, r.with(r.unexpected(), tx.now())));
        });
    }

    /** The box with its receipt and verdicts, inside the caller's transaction. */
    private ArrivingBox asItStands(Tx tx, Shipment box, Receipt receipt) throws SQLException {
        return ArrivingBox.of(box, receipt, receipt == null ? List.of() : ctx.store().verdicts().ofReceipt(tx, receipt.id()));
    }

    private Shipment addressedBox(Tx tx, UUID shipmentId) throws SQLException {
        return ctx.store().shipments().findById(tx, shipmentId).filter(b -> ctx.site().equals(b.destination()))
                .orElseThrow(() -> SpecimenContext.refused(ReceiptRules.BOX, "specimen.box.none"));
    }

    private Receipt openReceipt(Tx tx, Shipment box) throws SQLException {
        Receipt r = ctx.store().receipts().ofShipment(tx, box.id())
                .orElseThrow(() -> SpecimenContext.refused(ReceiptRules.BOX, "specimen.receipt.missing"));
        if (r.completedAt() != null) {
            throw SpecimenContext.refused(ReceiptRules.BOX, "specimen.receipt.twice", box.boxNo());
        }
        return r;
    }
}
