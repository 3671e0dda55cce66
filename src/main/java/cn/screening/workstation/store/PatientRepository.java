package cn.screening.workstation.store;

import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.patient.Patient;
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
 * Patients, with their typed columns (see {@link PatientRows}); saves go through the patients'
 * {@link SyncedTable}, which queues and audits them. Records pulled from the server are written as
 * they came, without queueing them back.
 */
public final class PatientRepository {

    /** the table's columns, as the list queries read them */
    private static final String COLUMNS = "id, " + String.join(", ", PatientRows.COLUMNS) + ", version, updated_at, updated_by_site,"
            + " deleted";

    private final SyncedTable<Patient> table;

    public PatientRepository(Outbox outbox, AuditLog audit) {
        this.table = new SyncedTable<>(EntityTypes.PATIENT, "patient", new PatientRows(), outbox, audit);
    }

    /** The patients as sync sees them. */
    public SyncedTable<Patient> table() {
        return table;
    }

    public Patient insert(Tx tx, Patient p) throws SQLException {
        return table.insert(tx, p, null);
    }

    /** Stores new patients in one go (an import's batch, a load), with one audit line for them all. */
    public List<Patient> insertAll(Tx tx, List<Patient> patients, String detail) throws SQLException {
        return table.insertAll(tx, patients, detail);
    }

    /**
     * Saves an edit. The changed fields are worked out against the stored row, and the change is
     * queued from the stored version; an edit that changes nothing writes nothing.
     */
    public Patient update(Tx tx, Patient p) throws SQLException {
        return table.update(tx, p, null);
    }

    /** Writes a record exactly as given (from the server, or a merge with it): no outbox entry, no touch. */
    public void writeAsIs(Tx tx, Patient p) throws SQLException {
        table.writeAsIs(tx, p);
    }

    /** The patient with this id, deleted or not. */
    public Optional<Patient> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id);
    }

    public Optional<Patient> findByIdentity(Tx tx, IdType type, String idNumber) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM patient WHERE id_type = ? AND id_number = ?")) {
            ps.setString(1, type.code());
            ps.setString(2, idNumber);
            return first(ps);
        }
    }

    /** Same name and birth date in the same township: probably the same person under another ID. */
    public List<Patient> findLookalikes(Tx tx, String name, LocalDate birthDate, String townshipCode) throws SQLException {
        return table.where(tx, "birth_date = ? AND name = ? AND township_code = ?", "id", birthDate, name, townshipCode);
    }

    public long count(Tx tx) throws SQLException {
        return table.count(tx, "TRUE");
    }

    /** Every live patient in a stable order, for export; the visitor sees one at a time. */
    public void forEach(Tx tx, SqlConsumer<Patient> visitor) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM patient WHERE deleted = FALSE ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visitor.accept(map(rs));
            }
        }
    }

    /** One page of the patient list (every match when the query's limit is 0), in the order its index gives. */
    public List<Patient> search(Tx tx, PatientQuery q) throws SQLException {
        List<Patient> out = new ArrayList<>();
        forEachMatching(tx, q, out::add);
        return out;
    }

    /** The patients a list query matches, one at a time: the screen's page and the export read the same SQL. */
    public void forEachMatching(Tx tx, PatientQuery q, SqlConsumer<Patient> visitor) throws SQLException {
        PatientListSql sql = PatientListSql.of(q);
        String page = q.limit() > 0 ? " LIMIT ? OFFSET ?" : "";
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + sql.fromWhere() + sql.orderBy() + page)) {
            int i = sql.bind(ps);
            if (q.limit() > 0) {
                ps.setInt(i++, q.limit());
                ps.setInt(i, q.offset());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(map(rs));
                }
            }
        }
    }

    /** Counts the matches, stopping at {@code cap} (the list shows "1000+" past it, as the case list does). */
    public long countUpTo(Tx tx, PatientQuery q, long cap) throws SQLException {
        PatientListSql sql = PatientListSql.of(q);
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM (SELECT 1" + sql.fromWhere() + " LIMIT ?) m")) {
            int i = sql.bind(ps);
            ps.setLong(i, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Optional<Patient> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    static Patient map(ResultSet rs) throws SQLException {
        return PatientRows.readRow(rs);
    }
}
