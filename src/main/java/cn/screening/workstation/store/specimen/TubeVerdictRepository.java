package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.SyncedRows;
import cn.screening.workstation.store.SyncedRows.Column;
import cn.screening.workstation.store.SyncedTable;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The verdicts on scanned tubes, by receipt, by tube and by number. */
public final class TubeVerdictRepository {

    final SyncedTable<TubeVerdict> table;

    public TubeVerdictRepository(Outbox outbox, AuditLog audit) {
        this.table = SyncedRows.table(EntityTypes.TUBE_VERDICT, "tube_verdict", TubeVerdict.class, List.of(
                        new Column<>("receipt_id", TubeVerdict::receiptId),
                        new Column<>("sample_id", TubeVerdict::sampleId),
                        new Column<>("sample_no", TubeVerdict::sampleNo),
                        new Column<>("decision", TubeVerdict::decision),
                        new Column<>("reason", TubeVerdict::reason),
                        new Column<>("decided_at", TubeVerdict::at)), outbox, audit);
    }

    public TubeVerdict insert(Tx tx, TubeVerdict v) throws SQLException {
        return table.insert(tx, v, v.sampleNo());
    }

    /** Saves a new judgement; {@code before} is the stored copy read in this transaction. */
    public TubeVerdict update(Tx tx, TubeVerdict before, TubeVerdict after) throws SQLException {
        return table.update(tx, before, after, null);
    }

    public void writeAsIs(Tx tx, TubeVerdict v) throws SQLException {
        table.writeAsIs(tx, v);
    }

    public Optional<TubeVerdict> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id);
    }

    /** The tubes scanned from a box, in scan order. */
    public List<TubeVerdict> ofReceipt(Tx tx, UUID receiptId) throws SQLException {
        return table.where(tx, "receipt_id = ?", "decided_at, sample_no", receiptId);
    }

    /** Whether this tube number was scanned at this receipt: one index read, the scan's duplicate check. */
    public Optional<TubeVerdict> ofReceiptAndNumber(Tx tx, UUID receiptId, String sampleNo) throws SQLException {
        return table.first(tx, "sample_no = ? AND receipt_id = ?", "id", sampleNo, receiptId);
    }

    /** The latest verdict on a tube, if it was scanned anywhere this store knows. */
    public Optional<TubeVerdict> ofSample(Tx tx, UUID sampleId) throws SQLException {
        return table.first(tx, "sample_id = ?", "decided_at DESC", sampleId);
    }

    public Optional<TubeVerdict> ofNumber(Tx tx, String sampleNo) throws SQLException {
        return table.first(tx, "sample_no = ?", "decided_at DESC", sampleNo);
    }
}
