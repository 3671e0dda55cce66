package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.ScreeningClass;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Screening cases, and the case-list search. Writes queue the case for sync and audit it; records
 * pulled from the server are written as they came, without queueing them back.
 */
public final class CaseRepository {

    public static final String ENTITY = "case";
    private static final String COLUMNS = "id, case_no, patient_id, disease_code, status, classification, township_code,"
            + " reporting_site, reported_by, registered_at, screening_json, version, updated_at, updated_by_site, deleted";
    private static final String LIST_COLUMNS = "c.id, c.case_no, c.patient_id, p.name, p.id_type, p.id_number, p.sex,"
            + " p.birth_date, c.disease_code, c.status, c.classification, c.township_code, c.reporting_site, c.registered_at";

    private final Outbox outbox;
    private final AuditLog audit;

    public CaseRepository(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    public ScreeningCase insert(Tx tx, String caseNo, ScreeningCase c) throws SQLException {
        ScreeningCase stored = withMeta(c, SyncMeta.fresh(tx.now(), tx.actor().siteCode()));
        try (PreparedStatement ps = tx.prepare("INSERT INTO screening_case (" + COLUMNS + ") VALUES (" + "?,".repeat(14) + "?)")) {
            bind(ps, caseNo, stored);
            ps.executeUpdate();
        }
        var payload = RecordPayloads.ofCase(caseNo, stored);
        outbox.enqueue(tx, ENTITY, stored.id(), StoreJson.write(payload), 0, RecordPayloads.allFields(payload));
        audit.append(tx, AuditAction.CREATE, ENTITY, stored.id().toString(), caseNo);
        return stored;
    }

    /**
     * Moves a case to another status (e.g. 已确诊 when its sample's result arrives): only the status is
     * queued, from the stored version; the same status writes nothing. Empty when the case is not here.
     */
    public Optional<ScreeningCase> updateStatus(Tx tx, UUID id, CaseStatus status) throws SQLException {
        Optional<ScreeningCase> found = findById(tx, id);
        if (found.isEmpty() || found.get().status() == status) {
            return found;
        }
        ScreeningCase before = found.get();
        String caseNo = caseNumber(tx, id).orElseThrow();
        ScreeningCase after = new ScreeningCase(before.id(), before.patientId(), before.diseaseCode(), status, before.townshipCode(),
                before.reportingSite(), before.reportedBy(), before.registeredAt(), before.screening(),
                before.meta().touched(tx.now(), tx.actor().siteCode()));
        try (PreparedStatement ps = tx.prepare("UPDATE screening_case SET status = ?, updated_at = ?, updated_by_site = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setObject(2, Tx.toDb(after.meta().updatedAt()));
            ps.setString(3, after.meta().updatedBySite());
            ps.setObject(4, id);
            ps.executeUpdate();
        }
        var beforePayload = RecordPayloads.ofCase(caseNo, before);
        var afterPayload = RecordPayloads.ofCase(caseNo, after);
        outbox.enqueue(tx, ENTITY, id, StoreJson.write(afterPayload), before.meta().version(),
                RecordPayloads.changedFields(beforePayload, afterPayload));
        audit.append(tx, AuditAction.UPDATE, ENTITY, id.toString(), "status " + before.status() + " -> " + status);
        return Optional.of(after);
    }

    /** Writes a case exactly as given (from the server, or a merge with it): no outbox entry, no touch. */
    public void writeAsIs(Tx tx, String caseNo, ScreeningCase c) throws SQLException {
        try (PreparedStatement ps = tx.prepare("MERGE INTO screening_case (" + COLUMNS + ") KEY (id) VALUES ("
                + "?,".repeat(14) + "?)")) {
            bind(ps, caseNo, c);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, String caseNo, ScreeningCase c) throws SQLException {
        HemophiliaScreening s = c.screening();
        int i = 1;
        ps.setObject(i++, c.id());
        ps.setString(i++, caseNo);
        ps.setObject(i++, c.patientId());
        ps.setString(i++, c.diseaseCode());
        ps.setString(i++, c.status().name());
        ps.setString(i++, s == null || s.classification() == null ? null : s.classification().name());
        ps.setString(i++, c.townshipCode());
        ps.setString(i++, c.reportingSite());
        ps.setString(i++, c.reportedBy());
        ps.setObject(i++, Tx.toDb(c.registeredAt()));
        ps.setString(i++, s == null ? null : StoreJson.write(s));
        ps.setLong(i++, c.meta().version());
        ps.setObject(i++, Tx.toDb(c.meta().updatedAt()));
        ps.setString(i++, c.meta().updatedBySite());
        ps.setBoolean(i, c.meta().deleted());
    }

    public Optional<ScreeningCase> findById(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM screening_case WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Optional<String> caseNumber(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT case_no FROM screening_case WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public List<ScreeningCase> ofPatient(Tx tx, UUID patientId) throws SQLException {
        List<ScreeningCase> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM screening_case WHERE patient_id = ? AND deleted = FALSE"
                + " ORDER BY registered_at")) {
            ps.setObject(1, patientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    public List<CaseListRow> search(Tx tx, CaseQuery q) throws SQLException {
        CaseListSql sql = CaseListSql.of(q);
        List<CaseListRow> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT " + LIST_COLUMNS + sql.fromWhere() + sql.orderBy() + " LIMIT ? OFFSET ?")) {
            int i = sql.bind(ps);
            ps.setInt(i++, q.limit());
            ps.setInt(i, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapRow(rs));
                }
            }
        }
        return out;
    }

    public long count(Tx tx, CaseQuery q) throws SQLException {
        CaseListSql sql = CaseListSql.of(q);
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*)" + sql.countFromWhere())) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Counts the matches, but stops at {@code cap}: a list needs "1000+" rather than the exact
     * number of a filter that matches a tenth of a million rows, and counting those is what costs.
     */
    public long countUpTo(Tx tx, CaseQuery q, long cap) throws SQLException {
        CaseListSql sql = CaseListSql.of(q);
        try (PreparedStatement ps = tx.prepare(cappedCountSql(sql))) {
            int i = sql.bind(ps);
            ps.setLong(i, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String cappedCountSql(CaseListSql sql) {
        return "SELECT COUNT(*) FROM (SELECT 1" + sql.countFromWhere() + " LIMIT ?) m";
    }

    /**
     * H2's plans for the page and the capped count of {@code q}, run with EXPLAIN ANALYZE so each
     * names its indexes, whether the index gave the order, and how many rows it read.
     */
    public List<String> explain(Tx tx, CaseQuery q, long countCap) throws SQLException {
        CaseListSql sql = CaseListSql.of(q);
        List<String> plans = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("EXPLAIN ANALYZE SELECT " + LIST_COLUMNS + sql.fromWhere() + sql.orderBy()
                + " LIMIT ? OFFSET ?")) {
            int i = sql.bind(ps);
            ps.setInt(i++, q.limit());
            ps.setInt(i, q.offset());
            plans.add(firstColumn(ps));
        }
        try (PreparedStatement ps = tx.prepare("EXPLAIN ANALYZE " + cappedCountSql(sql))) {
            int i = sql.bind(ps);
            ps.setLong(i, countCap);
            plans.add(firstColumn(ps));
        }
        return plans;
    }

    private static String firstColumn(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString(1));
            }
            return out.toString();
        }
    }

    /** Every live case in the list's shape, for export. */
    public void forEachRow(Tx tx, SqlConsumer<CaseListRow> visitor) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + LIST_COLUMNS + " FROM screening_case c JOIN patient p ON p.id = c.patient_id"
                + " WHERE c.deleted = FALSE ORDER BY c.registered_at, c.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visitor.accept(mapRow(rs));
            }
        }
    }

    private static CaseListRow mapRow(ResultSet rs) throws SQLException {
        String cls = rs.getString(11);
        return new CaseListRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                IdType.ofCode(rs.getString(5)).orElse(IdType.OTHER), rs.getString(6),
                Sex.ofCode(rs.getString(7)).orElse(Sex.UNKNOWN), rs.getObject(8, LocalDate.class), rs.getString(9),
                CaseStatus.valueOf(rs.getString(10)), cls == null ? null : ScreeningClass.valueOf(cls), rs.getString(12),
                rs.getString(13), Tx.fromDb(rs.getObject(14)));
    }

    private static ScreeningCase withMeta(ScreeningCase c, SyncMeta meta) {
        return new ScreeningCase(c.id(), c.patientId(), c.diseaseCode(), c.status(), c.townshipCode(), c.reportingSite(),
                c.reportedBy(), c.registeredAt(), c.screening(), meta);
    }

    private static ScreeningCase map(ResultSet rs) throws SQLException {
        String json = rs.getString("screening_json");
        return new ScreeningCase(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("disease_code"), CaseStatus.valueOf(rs.getString("status")), rs.getString("township_code"),
                rs.getString("reporting_site"), rs.getString("reported_by"), Tx.fromDb(rs.getObject("registered_at")),
                json == null ? null : StoreJson.read(json, HemophiliaScreening.class),
                new SyncMeta(rs.getLong("version"), Tx.fromDb(rs.getObject("updated_at")), rs.getString("updated_by_site"),
                        rs.getBoolean("deleted")));
    }
}
