package cn.screening.workstation.store;

import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.screening.ScreeningClass;
import cn.screening.workstation.protocol.EntityTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Screening cases, and the case-list search. Saves go through the cases' {@link SyncedTable}
 * (typed columns, see {@link CaseRows}), which queues and audits them; records pulled from the
 * server are written as they came, without queueing them back.
 */
public final class CaseRepository {

    private static final String LIST_COLUMNS = "c.id, c.case_no, c.patient_id, p.name, p.id_type, p.id_number, p.sex,"
            + " p.birth_date, c.disease_code, c.status, c.classification, c.township_code, c.reporting_site, c.registered_at";

    private final SyncedTable<NumberedCase> table;

    public CaseRepository(Outbox outbox, AuditLog audit) {
        this.table = new SyncedTable<>(EntityTypes.CASE, "screening_case", new CaseRows(), outbox, audit)
                // a pulled case waits for its patient
                .parentCheck((tx, payload) -> !SyncedType.present(tx, "patient", RecordPayloads.casePatientId(payload)));
    }

    /** The cases as sync sees them. */
    public SyncedTable<NumberedCase> table() {
        return table;
    }

    public ScreeningCase insert(Tx tx, String caseNo, ScreeningCase c) throws SQLException {
        return table.insert(tx, new NumberedCase(caseNo, c), caseNo).screeningCase();
    }

    /** Stores new, numbered cases in one go (a load), with one audit line for them all. */
    public List<ScreeningCase> insertAll(Tx tx, List<NumberedCase> cases, String detail) throws SQLException {
        return table.insertAll(tx, cases, detail).stream().map(NumberedCase::screeningCase).toList();
    }

    /**
     * Moves a case to another status (e.g. 已确诊 when its sample's result arrives): only the status is
     * queued, from the stored version; the same status writes nothing. Empty when the case is not here.
     */
    public Optional<ScreeningCase> updateStatus(Tx tx, UUID id, CaseStatus status) throws SQLException {
        Optional<NumberedCase> found = table.findById(tx, id);
        if (found.isEmpty() || found.get().screeningCase().status() == status) {
            return found.map(NumberedCase::screeningCase);
        }
        NumberedCase before = found.get();
        ScreeningCase c = before.screeningCase();
        NumberedCase after = new NumberedCase(before.caseNo(), new ScreeningCase(c.id(), c.patientId(), c.diseaseCode(), status,
                c.townshipCode(), c.reportingSite(), c.reportedBy(), c.registeredAt(), c.screening(), c.meta()));
        return Optional.of(table.update(tx, before, after, "status " + c.status() + " -> " + status).screeningCase());
    }

    /** Writes a case exactly as given (from the server, or a merge with it): no outbox entry, no touch. */
    public void writeAsIs(Tx tx, String caseNo, ScreeningCase c) throws SQLException {
        table.writeAsIs(tx, new NumberedCase(caseNo, c));
    }

    /** The case with this id, deleted or not. */
    public Optional<ScreeningCase> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id).map(NumberedCase::screeningCase);
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
        return table.where(tx, "patient_id = ?", "registered_at", patientId).stream().map(NumberedCase::screeningCase).toList();
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
}
