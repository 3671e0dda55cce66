package cn.screening.workstation.store;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.registry.RegistryEntry;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.SyncedRows.Column;
import java.util.List;
import java.util.UUID;

/** The tables of the care after a diagnosis: referrals, follow-up schedules and the registry. */
public final class CareRecords {

    private CareRecords() {
    }

    /** Referrals, searchable by number, patient, both ends, status and validity. */
    public static SyncedTable<Referral> referrals(Outbox outbox, AuditLog audit) {
        return SyncedRows.table(EntityTypes.REFERRAL, "referral", Referral.class, List.of(
                new Column<>("referral_no", Referral::referralNo),
                new Column<>("patient_id", Referral::patientId),
                new Column<>("case_id", Referral::caseId),
                new Column<>("from_site", Referral::fromSite),
                new Column<>("to_site", Referral::toSite),
                new Column<>("status", Referral::status),
                new Column<>("valid_until", Referral::validUntil)), outbox, audit);
    }

    /** Follow-up schedules with their visits, searchable by site, patient, status and due date. */
    public static SyncedTable<FollowUp> followUps(Outbox outbox, AuditLog audit) {
        return SyncedRows.table(EntityTypes.FOLLOW_UP, "follow_up", FollowUp.class, List.of(
                new Column<>("patient_id", FollowUp::patientId),
                new Column<>("referral_id", FollowUp::referralId),
                new Column<>("site_code", FollowUp::site),
                new Column<>("kind", FollowUp::kind),
                new Column<>("status", FollowUp::status),
                new Column<>("next_due", FollowUp::nextDue)), outbox, audit);
    }

    /**
     * The registry of confirmed hemophilia patients, one entry per patient. An entry waits for its
     * patient to arrive — except at the hospital that confirmed it, which never holds the patient,
     * only the case's tube.
     */
    public static SyncedTable<RegistryEntry> registry(Outbox outbox, AuditLog audit) {
        return SyncedRows.table(EntityTypes.REGISTRY_ENTRY, "registry_entry", RegistryEntry.class, List.of(
                new Column<>("patient_id", RegistryEntry::patientId),
                new Column<>("case_id", RegistryEntry::caseId),
                new Column<>("site_code", RegistryEntry::site),
                new Column<>("confirmed_on", RegistryEntry::confirmedOn)), outbox, audit)
                .parentCheck((tx, payload) -> !SyncedType.present(tx, "patient", payload.path("patientId").asText(null))
                        && !tubeOfCase(tx, payload.path("caseId").asText(null)));
    }

    private static boolean tubeOfCase(Tx tx, String caseId) throws java.sql.SQLException {
        if (caseId == null) {
            return false;
        }
        try (var ps = tx.prepare("SELECT 1 FROM sample WHERE case_id = ?")) {
            ps.setObject(1, UUID.fromString(caseId));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
