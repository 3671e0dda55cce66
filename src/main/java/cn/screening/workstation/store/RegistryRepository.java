package cn.screening.workstation.store;

import cn.screening.workstation.domain.registry.RegistryEntry;
import java.util.List;

/** The registry of confirmed hemophilia patients, one entry per patient. */
public final class RegistryRepository extends SyncedDocuments<RegistryEntry> {

    public static final String ENTITY = "registry_entry";

    public RegistryRepository(Outbox outbox, AuditLog audit) {
        super(ENTITY, "registry_entry", RegistryEntry.class, List.of(
                new Column<>("patient_id", RegistryEntry::patientId),
                new Column<>("case_id", RegistryEntry::caseId),
                new Column<>("site_code", RegistryEntry::site),
                new Column<>("confirmed_on", RegistryEntry::confirmedOn)), outbox, audit);
    }

    /**
     * A registry entry waits for its patient to arrive — except at the hospital that confirmed it,
     * which never holds the patient, only the case's tube.
     */
    @Override
    public boolean lacksParent(Tx tx, com.fasterxml.jackson.databind.JsonNode payload) throws java.sql.SQLException {
        return !SyncedType.present(tx, "patient", payload.path("patientId").asText(null))
                && !tubeOfCase(tx, payload.path("caseId").asText(null));
    }

    private static boolean tubeOfCase(Tx tx, String caseId) throws java.sql.SQLException {
        if (caseId == null) {
            return false;
        }
        try (var ps = tx.prepare("SELECT 1 FROM sample WHERE case_id = ?")) {
            ps.setObject(1, java.util.UUID.fromString(caseId));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
