package cn.screening.workstation.store.specimen;

import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.CaseRepository;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.SyncedType;
import java.util.List;

/** The sample loop's repositories, and its five record types as sync sees them. */
public final class SpecimenStore {

    private final SampleRepository samples;
    private final ShipmentRepository shipments;
    private final ReceiptRepository receipts;
    private final TubeVerdictRepository verdicts;
    private final LabResultRepository results;
    private final CaseArrivals arrivals;
    private final TurnaroundQueries turnaround = new TurnaroundQueries();

    /**
     * @param movesCases whether records arriving by pull move this site's cases on (a county or township
     *                   does; a county health bureau, which only reads its county's samples, does not)
     */
    public SpecimenStore(Outbox outbox, AuditLog audit, CaseRepository cases, boolean movesCases) {
        this.samples = new SampleRepository(outbox, audit);
        this.shipments = new ShipmentRepository(outbox, audit);
        this.receipts = new ReceiptRepository(outbox, audit);
        this.verdicts = new TubeVerdictRepository(outbox, audit);
        this.results = new LabResultRepository(outbox, audit);
        this.arrivals = new CaseArrivals(samples, cases, movesCases);
    }

    public SampleRepository samples() {
        return samples;
    }

    public ShipmentRepository shipments() {
        return shipments;
    }

    public ReceiptRepository receipts() {
        return receipts;
    }

    public TubeVerdictRepository verdicts() {
        return verdicts;
    }

    public LabResultRepository results() {
        return results;
    }

    public TurnaroundQueries turnaround() {
        return turnaround;
    }

    /** Plugs in what follows a confirmed result arriving at the site holding its case. */
    public void onConfirmedResult(ConfirmedResults hook) {
        arrivals.onConfirmed(hook);
    }

    /** The types to register with SyncStore: a pulled tube verdict or result may move its case on. */
    public List<SyncedType> syncedTypes() {
        return List.of(samples.table, shipments.table, receipts.table, verdicts.table.onPulled(arrivals::verdict),
                results.table.onPulled(arrivals::result));
    }
}
