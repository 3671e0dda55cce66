package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.specimen.CaseProgress;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county packs tubes into boxes for a designated hospital and sends them. */
public final class Shipments implements ShipmentPort {

    static final String SEQUENCE = "box";
    private static final String DESIGNATED = "designated";
    /** How many boxes the packing page lists. */
    public static final int DESK_BOXES = 200;

    private final SpecimenContext ctx;

    Shipments(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    /** The designated hospitals in reference data. */
    public List<Destination> destinations() {
        return ctx.read(tx -> ctx.ws.syncStore().references().list(tx, EntityTypes.SITE)).stream()
                .filter(i -> DESIGNATED.equals(i.payload().path("type").asText()))
                .map(i -> new Destination(i.payload().path("code").asText(), i.payload().path("name").asText()))
                .toList();
    }

    /** Opens a box for a designated hospital (one of reference data's, once reference data has any). */
    public Shipment createBox(String destination) {
        return ctx.write(tx -> newBox(tx, knownDestination(destination)));
    }

    /** Opens a box as {@link #createBox} does, answering with the packing page as it now stands. */
    public PackingDesk startBox(String destination) {
        String to = knownDestination(destination);
        return ctx.write(tx -> desk(tx, new BoxContents(newBox(tx, to), List.of())));
    }

    private String knownDestination(String destination) {
        ctx.requireScreeningSite();
        List<Destination> known = destinations();
        if (destination == null || destination.isBlank()
                || !known.isEmpty() && known.stream().noneMatch(d -> d.siteCode().equals(destination))) {
            throw SpecimenContext.refused(ShipmentRules.DESTINATION, "specimen.destination.unknown");
        }
        return destination;
    }

    private Shipment newBox(Tx tx, String destination) throws SQLException {
        String boxNo = String.format("%s-B%05d", ctx.site(), ctx.ws.numbers().next(tx, SEQUENCE));
        Shipment box = new Shipment(RecordIds.next(), boxNo, ctx.site(), destination, null, null, tx.now(), ctx.user(), null,
                null, null, null, null, null, List.of(), ShipmentStatus.OPEN, null);
        return ctx.store().shipments().insert(tx, box);
    }

    /**
     * Adds a scanned (or picked) tube; refused with the reason, as an answer, when it is unknown, in
     * another open box or fails a rule. Packed, the answer carries the box as this transaction left it.
     */
    public BoxScan addTube(UUID boxId, String sampleNo) {
        ctx.requireScreeningSite();
        ShipmentRules rules = ctx.shipmentRules();
        String no = sampleNo == null ? "" : sampleNo.strip();
        return ctx.write(tx -> {
            Shipment box = ownBox(tx, boxId);
            Optional<Sample> found = ctx.store().samples().byNumber(tx, no).filter(s -> s.siteCode().equals(ctx.site()));
            if (found.isEmpty()) {
                return new BoxScan.Refused(Violation.error(ShipmentRules.TUBE, "specimen.box.unknown", no));
            }
            Sample tube = found.get();
            Optional<String> other = ctx.store().shipments().openBoxHolding(tx, tube.id(), box.id());
            Optional<Violation> refusal = rules.refuseTube(box, tube, other, tx.now());
            if (refusal.isPresent()) {
                return new BoxScan.Refused(refusal.get());
            }
            List<ShipmentItem> items = new ArrayList<>(box.items());
            items.add(new ShipmentItem(tube.id(), tube.sampleNo()));
            Sample packed = ctx.store().samples().update(tx, tube.packedInto(box.id(), box.destination()));
            Shipment now = ctx.store().shipments().update(tx, box.withItems(items));
            return new BoxScan.Packed(packed, contents(tx, now));
        });
    }

    /** Takes a tube out of an open box; answers with the box as it now stands. */
    public BoxContents removeTube(UUID boxId, UUID sampleId) {
        ctx.requireScreeningSite();
        return ctx.write(tx -> {
            Shipment box = ownBox(tx, boxId);
            if (box.status() != ShipmentStatus.OPEN) {
                throw SpecimenContext.refused(ShipmentRules.BOX, "specimen.box.closed", box.boxNo());
            }
            if (!box.contains(sampleId)) {
                return contents(tx, box);
            }
            Optional<Sample> tube = ctx.store().samples().findById(tx, sampleId);
            if (tube.isPresent()) {
                ctx.store().samples().update(tx, tube.get().packedInto(null, null));
            }
            return contents(tx, ctx.store().shipments().update(tx, box.withItems(box.items().stream()
                    .filter(i -> !i.sampleId().equals(sampleId)).toList())));
        });
    }

    /** Closes and sends the box: its tubes become dispatched and their cases 已送样. Answers with the packing page as it now stands. */
    public PackingDesk dispatch(UUID boxId, DispatchDetails d) {
        ctx.requireScreeningSite();
        ShipmentRules rules = ctx.shipmentRules();
        return ctx.write(tx -> {
            Shipment box = ownBox(tx, boxId);
            List<Sample> tubes = ctx.store().samples().inBox(tx, boxId);
            SpecimenContext.refuseErrors(rules.validateDispatch(box, tubes, d, tx.now()));
            Shipment sent = new Shipment(box.id(), box.boxNo(), box.fromSite(), box.destination(), blankToNull(d.courier()),
                    blankToNull(d.trackingNo()), box.packedAt(), box.packedBy(), d.dispatchedAt(), ctx.user(), d.condition(),
                    d.dryIceKg(), blankToNull(d.loggerId()), d.packingTempC(), box.items(), ShipmentStatus.DISPATCHED, box.meta());
            List<Sample> dispatched = new ArrayList<>();
            for (Sample t : tubes) {
                dispatched.add(ctx.store().samples().update(tx, t.withStatus(SampleStatus.DISPATCHED)));
                caseSent(tx, t.caseId());
            }
            return desk(tx, new BoxContents(ctx.store().shipments().update(tx, sent), dispatched));
        });
    }

    private void caseSent(Tx tx, UUID caseId) throws SQLException {
        if (caseId == null) {
            return;
        }
        var c = ctx.ws.cases().findById(tx, caseId);
        if (c.isPresent()) {
            Optional<cn.screening.workstation.domain.cases.CaseStatus> next = CaseProgress.afterDispatch(c.get().status());
            if (next.isPresent()) {
                ctx.ws.cases().updateStatus(tx, caseId, next.get());
            }
        }
    }

    /** A box of this site with its tubes, as the packing page shows it. */
    public BoxContents open(UUID boxId) {
        return ctx.read(tx -> contents(tx, ownBox(tx, boxId)));
    }

    private BoxContents contents(Tx tx, Shipment box) throws SQLException {
        return new BoxContents(box, ctx.store().samples().inBox(tx, box.id()));
    }

    private PackingDesk desk(Tx tx, BoxContents box) throws SQLException {
        return new PackingDesk(box, ctx.store().shipments().fromSite(tx, ctx.site(), DESK_BOXES));
    }

    public Optional<Shipment> find(UUID boxId) {
        return ctx.read(tx -> ctx.store().shipments().findById(tx, boxId));
    }

    /** Boxes of this site, open ones first, then the newest. */
    /** The boxes the packing desk lists. */
    @Override
    public List<Shipment> boxes() {
        return boxes(DESK_BOXES);
    }

    public List<Shipment> boxes(int limit) {
        return ctx.read(tx -> ctx.store().shipments().fromSite(tx, ctx.site(), limit));
    }

    public List<Sample> tubes(UUID boxId) {
        return ctx.read(tx -> ctx.store().samples().inBox(tx, boxId));
    }

    private Shipment ownBox(Tx tx, UUID boxId) throws SQLException {
        return ctx.store().shipments().findById(tx, boxId).filter(b -> b.fromSite().equals(ctx.site()))
                .orElseThrow(() -> SpecimenContext.refused(ShipmentRules.BOX, "specimen.box.none"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
