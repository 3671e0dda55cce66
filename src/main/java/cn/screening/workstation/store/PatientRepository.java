package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Patients. Every insert and update also queues the record for sync (with the version it was edited
 * from and the fields it changed) and writes an audit line; records pulled from the server are
 * written as they came, without queueing them back.
 */
public final class PatientRepository {

    public static final String ENTITY = "patient";
    private static final String COLUMNS = "id, name, id_type, id_number, sex, birth_date, ethnicity, phone, township_code,"
            + " village_code, village_name, address_detail, guardian_name, guardian_relation, guardian_phone,"
            + " guardian_consent, poverty_status, insurance, registered_site, version, updated_at, updated_by_site, deleted";

    private final Outbox outbox;
    private final AuditLog audit;

    public PatientRepository(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    public Patient insert(Tx tx, Patient p) throws SQLException {
        Patient stored = withMeta(p, SyncMeta.fresh(tx.now(), tx.actor().siteCode()));
        try (PreparedStatement ps = tx.prepare("INSERT INTO patient (" + COLUMNS + ") VALUES (" + "?,".repeat(22) + "?)")) {
            bind(ps, stored);
            ps.executeUpdate();
        }
        var payload = RecordPayloads.ofPatient(stored);
        outbox.enqueue(tx, ENTITY, stored.id(), StoreJson.write(payload), 0, RecordPayloads.allFields(payload));
        audit.append(tx, AuditAction.CREATE, ENTITY, stored.id().toString(), null);
        return stored;
    }

    /**
     * Saves an edit. The changed fields are worked out against the stored row, and the change is
     * queued from the stored version; an edit that changes nothing writes nothing.
     */
    public Patient update(Tx tx, Patient p) throws SQLException {
        Patient before = findById(tx, p.id()).orElseThrow(() -> new SQLException("no patient " + p.id()));
        var beforePayload = RecordPayloads.ofPatient(before);
        var afterPayload = RecordPayloads.ofPatient(withMeta(p, before.meta()));
        List<String> changed = RecordPayloads.changedFields(beforePayload, afterPayload);
        if (changed.isEmpty()) {
            return before;
        }
        Patient stored = withMeta(p, before.meta().touched(tx.now(), tx.actor().siteCode()));
        try (PreparedStatement ps = tx.prepare("UPDATE patient SET name=?, id_type=?, id_number=?, sex=?, birth_date=?,"
                + " ethnicity=?, phone=?, township_code=?, village_code=?, village_name=?, address_detail=?, guardian_name=?,"
                + " guardian_relation=?, guardian_phone=?, guardian_consent=?, poverty_status=?, insurance=?, registered_site=?,"
                + " version=?, updated_at=?, updated_by_site=?, deleted=? WHERE id=?")) {
            bindValues(ps, stored, 1);
            ps.setObject(23, stored.id());
            ps.executeUpdate();
        }
        outbox.enqueue(tx, ENTITY, stored.id(), StoreJson.write(afterPayload), before.meta().version(), changed);
        audit.append(tx, AuditAction.UPDATE, ENTITY, stored.id().toString(), String.join(",", changed));
        return stored;
    }

    /** Writes a record exactly as given (from the server, or a merge with it): no outbox entry, no touch. */
    public void writeAsIs(Tx tx, Patient p) throws SQLException {
        try (PreparedStatement ps = tx.prepare("MERGE INTO patient (" + COLUMNS + ") KEY (id) VALUES (" + "?,".repeat(22) + "?)")) {
            bind(ps, p);
            ps.executeUpdate();
        }
    }

    public Optional<Patient> findById(Tx tx, UUID id) throws SQLException {
        return one(tx, "SELECT " + COLUMNS + " FROM patient WHERE id = ?", id);
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
        List<Patient> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM patient WHERE birth_date = ? AND name = ?"
                + " AND township_code = ? AND deleted = FALSE")) {
            ps.setObject(1, birthDate);
            ps.setString(2, name);
            ps.setString(3, townshipCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    public long count(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM patient WHERE deleted = FALSE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
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

    private Optional<Patient> one(Tx tx, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = tx.prepare(sql)) {
            ps.setObject(1, key);
            return first(ps);
        }
    }

    private static Optional<Patient> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    private static Patient withMeta(Patient p, SyncMeta meta) {
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), meta);
    }

    private static void bind(PreparedStatement ps, Patient p) throws SQLException {
        ps.setObject(1, p.id());
        bindValues(ps, p, 2);
    }

    private static void bindValues(PreparedStatement ps, Patient p, int start) throws SQLException {
        int i = start;
        Address a = p.address() == null ? Address.NONE : p.address();
        Guardian g = p.guardian();
        ps.setString(i++, p.name());
        ps.setString(i++, p.idType().code());
        ps.setString(i++, p.idNumber());
        ps.setString(i++, p.sex().code());
        ps.setObject(i++, p.birthDate() == null ? null : Date.valueOf(p.birthDate()));
        ps.setString(i++, p.ethnicityCode());
        ps.setString(i++, p.phone());
        ps.setString(i++, a.townshipCode());
        ps.setString(i++, a.villageCode());
        ps.setString(i++, a.villageName());
        ps.setString(i++, a.detail());
        ps.setString(i++, g == null ? null : g.name());
        ps.setString(i++, g == null ? null : g.relation());
        ps.setString(i++, g == null ? null : g.phone());
        ps.setObject(i++, g == null ? null : g.consentGiven());
        ps.setString(i++, p.povertyStatus().name());
        ps.setString(i++, p.insurance().name());
        ps.setString(i++, p.registeredSite());
        ps.setLong(i++, p.meta().version());
        ps.setObject(i++, Tx.toDb(p.meta().updatedAt()));
        ps.setString(i++, p.meta().updatedBySite());
        ps.setBoolean(i, p.meta().deleted());
    }

    static Patient map(ResultSet rs) throws SQLException {
        String guardianName = rs.getString("guardian_name");
        Guardian guardian = guardianName == null ? null : new Guardian(guardianName, rs.getString("guardian_relation"),
                rs.getString("guardian_phone"), rs.getBoolean("guardian_consent"));
        return new Patient(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                IdType.ofCode(rs.getString("id_type")).orElse(IdType.OTHER),
                rs.getString("id_number"),
                Sex.ofCode(rs.getString("sex")).orElse(Sex.UNKNOWN),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"),
                rs.getString("phone"),
                new Address(rs.getString("township_code"), rs.getString("village_code"), rs.getString("village_name"),
                        rs.getString("address_detail")),
                guardian,
                PovertyStatus.valueOf(rs.getString("poverty_status")),
                InsuranceType.valueOf(rs.getString("insurance")),
                rs.getString("registered_site"),
                new SyncMeta(rs.getLong("version"), Tx.fromDb(rs.getObject("updated_at")), rs.getString("updated_by_site"),
                        rs.getBoolean("deleted")));
    }
}
