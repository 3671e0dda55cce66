package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The synced records by entity type, as sync sees them: a flat payload and its metadata. Writes
 * here never queue anything: they carry what the server already has.
 */
public final class SyncedRecords {

    /** A record as stored here. */
    public record LocalRecord(ObjectNode payload, SyncMeta meta) {
    }

    private final PatientRepository patients;
    private final CaseRepository cases;

    public SyncedRecords(PatientRepository patients, CaseRepository cases) {
        this.patients = patients;
        this.cases = cases;
    }

    public static boolean handles(String entityType) {
        return PatientRepository.ENTITY.equals(entityType) || CaseRepository.ENTITY.equals(entityType);
    }

    public Optional<LocalRecord> find(Tx tx, String entityType, UUID id) throws SQLException {
        if (PatientRepository.ENTITY.equals(entityType)) {
            return patients.findById(tx, id).map(p -> new LocalRecord(RecordPayloads.ofPatient(p), p.meta()));
        }
        if (CaseRepository.ENTITY.equals(entityType)) {
            Optional<ScreeningCase> c = cases.findById(tx, id);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            String caseNo = cases.caseNumber(tx, id).orElseThrow();
            return Optional.of(new LocalRecord(RecordPayloads.ofCase(caseNo, c.get()), c.get().meta()));
        }
        throw new IllegalArgumentException("not a synced record type: " + entityType);
    }

    /** Writes the record as given, inserting or replacing it by id. */
    public void write(Tx tx, String entityType, JsonNode payload, SyncMeta meta) throws SQLException {
        if (PatientRepository.ENTITY.equals(entityType)) {
            patients.writeAsIs(tx, RecordPayloads.toPatient(payload, meta));
        } else if (CaseRepository.ENTITY.equals(entityType)) {
            cases.writeAsIs(tx, RecordPayloads.caseNumber(payload), RecordPayloads.toCase(payload, meta));
        } else {
            throw new IllegalArgumentException("not a synced record type: " + entityType);
        }
    }

    /** Whether a record needs another that is not here yet (a case whose patient has not arrived). */
    public boolean lacksParent(Tx tx, String entityType, JsonNode payload) throws SQLException {
        if (!CaseRepository.ENTITY.equals(entityType)) {
            return false;
        }
        String patientId = RecordPayloads.casePatientId(payload);
        return patientId == null || patients.findById(tx, UUID.fromString(patientId)).isEmpty();
    }

    /** The server accepted a change: the record is now at {@code version} (never moved backwards). */
    public void raiseVersion(Tx tx, String entityType, UUID id, long version) throws SQLException {
        String table = PatientRepository.ENTITY.equals(entityType) ? "patient" : "screening_case";
        try (PreparedStatement ps = tx.prepare("UPDATE " + table + " SET version = ? WHERE id = ? AND version < ?")) {
            ps.setLong(1, version);
            ps.setObject(2, id);
            ps.setLong(3, version);
            ps.executeUpdate();
        }
    }
}
