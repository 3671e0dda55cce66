package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.CaseRepository;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import cn.screening.workstation.store.SyncedType;
import cn.screening.workstation.store.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sample loop's repositories, and its five record types as sync sees them. */
public final class SpecimenStore {

    private final SampleRepository samples;
    private final ShipmentRepository shipments;
    private final ReceiptRepository receipts;
    private final TubeVerdictRepository verdicts;
    private final LabResultRepository results;
    private final CaseArrivals arrivals;
    private final TurnaroundQueries turnaround = new TurnaroundQueries();

    public SpecimenStore(Outbox outbox, AuditLog audit, CaseRepository cases) {
        this.samples = new SampleRepository(outbox, audit);
        this.shipments = new ShipmentRepository(outbox, audit);
        this.receipts = new ReceiptRepository(outbox, audit);
        this.verdicts = new TubeVerdictRepository(outbox, audit);
        this.results = new LabResultRepository(outbox, audit);
        this.arrivals = new CaseArrivals(samples, cases);
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

    /** The types to register with SyncStore. */
    public List<SyncedType> syncedTypes() {
        return List.of(
                new Type<>(samples.table, samples::writeAsIs, null),
                new Type<>(shipments.table, shipments::writeAsIs, null),
                new Type<>(receipts.table, receipts::writeAsIs, null),
                new Type<>(verdicts.table, verdicts::writeAsIs, arrivals::verdict),
                new Type<>(results.table, results::writeAsIs, arrivals::result));
    }

    /** Writes a pulled record; the arrival hook sees the local copy before and the record after. */
    @FunctionalInterface
    interface Writer<T> {
        void write(Tx tx, T r) throws SQLException;
    }

    @FunctionalInterface
    interface Arrival<T> {
        void arrived(Tx tx, Optional<T> before, T after) throws SQLException;
    }

    private record Type<T>(JsonTable<T> records, Writer<T> writer, Arrival<T> arrival) implements SyncedType {
        public String entityType() {
            return records.entity();
        }

        public String table() {
            return records.table();
        }

        public Optional<LocalRecord> find(Tx tx, UUID id) throws SQLException {
            Optional<T> r = records.find(tx, id);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LocalRecord(records.payload(r.get()), records.metaOf(r.get())));
        }

        public void write(Tx tx, JsonNode payload, SyncMeta meta) throws SQLException {
            T after = records.fromPayload(payload, meta);
            Optional<T> before = arrival == null ? Optional.empty() : records.find(tx, records.idOf(after));
            writer.write(tx, after);
            if (arrival != null) {
                arrival.arrived(tx, before, after);
            }
        }
    }
}
