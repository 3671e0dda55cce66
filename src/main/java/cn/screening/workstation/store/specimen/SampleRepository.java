package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.SyncedRows;
import cn.screening.workstation.store.SyncedRows.Column;
import cn.screening.workstation.store.SyncedTable;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Blood samples, found by id, printed number, case or box. */
public final class SampleRepository {

    final SyncedTable<Sample> table;

    public SampleRepository(Outbox outbox, AuditLog audit) {
        this.table = SyncedRows.table(EntityTypes.SAMPLE, "sample", Sample.class, List.of(
                new Column<>("sample_no", Sample::sampleNo),
                new Column<>("case_id", Sample::caseId),
                new Column<>("site_code", Sample::siteCode),
                new Column<>("status", Sample::status),
                new Column<>("shipment_id", Sample::shipmentId),
                new Column<>("destination", Sample::destination),
                new Column<>("drawn_at", Sample::drawnAt),
                new Column<>("spun_at", Sample::spunAt),
                new Column<>("frozen_at", Sample::frozenAt)), outbox, audit);
    }

    public Sample insert(Tx tx, Sample s) throws SQLException {
        return table.insert(tx, s, s.sampleNo());
    }

    public Sample update(Tx tx, Sample s) throws SQLException {
        return table.update(tx, s, null);
    }

    public void writeAsIs(Tx tx, Sample s) throws SQLException {
        table.writeAsIs(tx, s);
    }

    public Optional<Sample> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id);
    }

    public Optional<Sample> byNumber(Tx tx, String sampleNo) throws SQLException {
        return table.first(tx, "sample_no = ?", "id", sampleNo);
    }

    public List<Sample> ofCase(Tx tx, UUID caseId) throws SQLException {
        return table.where(tx, "case_id = ?", "drawn_at", caseId);
    }

    public List<Sample> inBox(Tx tx, UUID shipmentId) throws SQLException {
        return table.where(tx, "shipment_id = ?", "sample_no", shipmentId);
    }

    /** Whole blood of this site drawn after {@code since}, neither spun nor frozen, not yet sent: the spin-limit watch. */
    public List<Sample> unspunSince(Tx tx, String siteCode, Instant since) throws SQLException {
        return table.where(tx, "spun_at IS NULL AND frozen_at IS NULL AND drawn_at >= ? AND site_code = ? AND status <> ?",
                "drawn_at", since, siteCode, SampleStatus.DISPATCHED);
    }

    /** Samples not yet dispatched of this site, drawn before {@code before}: candidates for the overdue list. */
    public List<Sample> unsentBefore(Tx tx, String siteCode, Instant before, int limit) throws SQLException {
        return table.top(tx, limit, "site_code = ? AND status <> ? AND drawn_at < ?", "drawn_at", siteCode,
                SampleStatus.DISPATCHED, before);
    }

    /** The next number of a site: site code + 6-digit sequence. */
    public static String number(String siteCode, long sequence) {
        return String.format("%s-%06d", siteCode, sequence);
    }
}
