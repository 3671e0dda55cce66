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

    /** A registry entry waits for its patient to arrive. */
    @Override
    public boolean lacksParent(Tx tx, com.fasterxml.jackson.databind.JsonNode payload) throws java.sql.SQLException {
        return !SyncedType.present(tx, "patient", payload.path("patientId").asText(null));
    }
}
