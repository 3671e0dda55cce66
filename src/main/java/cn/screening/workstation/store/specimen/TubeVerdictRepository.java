package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The verdicts on scanned tubes, by receipt, by tube and by number. */
public final class TubeVerdictRepository {

    public static final String ENTITY = EntityTypes.TUBE_VERDICT;

    final JsonTable<TubeVerdict> table;

    public TubeVerdictRepository(Outbox outbox, AuditLog audit) {
        this.table = new JsonTable<>("tube_verdict", ENTITY, TubeVerdict.class, TubeVerdict::id, TubeVerdict::meta,
                TubeVerdict::withMeta, List.of(
                        new JsonTable.Column<>("receipt_id", TubeVerdict::receiptId),
                        new JsonTable.Column<>("sample_id", TubeVerdict::sampleId),
                        new JsonTable.Column<>("sample_no", TubeVerdict::sampleNo),
                        new JsonTable.Column<>("decision", TubeVerdict::decision),
                        new JsonTable.Column<>("reason", TubeVerdict::reason),
                        new JsonTable.Column<>("decided_at", TubeVerdict::at)), outbox, audit);
    }

    public TubeVerdict insert(Tx tx, TubeVerdict v) throws SQLException {
        return table.insert(tx, v, v.sampleNo());
    }

    /** Saves a new judgement; {@code before} is the stored copy read in this transaction. */
    public TubeVerdict update(Tx tx, TubeVerdict before, TubeVerdict after) throws SQLException {
        return table.update(tx, before, after, null);
    }

    public void writeAsIs(Tx tx, TubeVerdict v) throws SQLException {
        table.write(tx, v);
    }

    public Optional<TubeVerdict> findById(Tx tx, UUID id) throws SQLException {
        return table.find(tx, id);
    }

    /** The tubes scanned from a box, in scan order. */
    public List<TubeVerdict> ofReceipt(Tx tx, UUID receiptId) throws SQLException {
        return table.list(tx, "WHERE receipt_id = ? AND deleted = FALSE ORDER BY decided_at, sample_no", receiptId);
    }

    /** Whether this tube number was scanned at this receipt: one index read, the scan's duplicate check. */
    public Optional<TubeVerdict> ofReceiptAndNumber(Tx tx, UUID receiptId, String sampleNo) throws SQLException {
        return table.one(tx, "WHERE sample_no = ? AND receipt_id = ? AND deleted = FALSE", sampleNo, receiptId);
    }

    /** The latest verdict on a tube, if it was scanned anywhere this store knows. */
    public Optional<TubeVerdict> ofSample(Tx tx, UUID sampleId) throws SQLException {
        return table.one(tx, "WHERE sample_id = ? AND deleted = FALSE ORDER BY decided_at DESC", sampleId);
    }

    public Optional<TubeVerdict> ofNumber(Tx tx, String sampleNo) throws SQLException {
        return table.one(tx, "WHERE sample_no = ? AND deleted = FALSE ORDER BY decided_at DESC", sampleNo);
    }
}
