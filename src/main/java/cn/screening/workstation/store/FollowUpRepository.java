package cn.screening.workstation.store;

import cn.screening.workstation.domain.followup.FollowUp;
import java.util.List;

/** Follow-up schedules with their visits, searchable by site, patient, status and due date. */
public final class FollowUpRepository extends SyncedDocuments<FollowUp> {

    public static final String ENTITY = "follow_up";

    public FollowUpRepository(Outbox outbox, AuditLog audit) {
        super(ENTITY, "follow_up", FollowUp.class, List.of(
                new Column<>("patient_id", FollowUp::patientId),
                new Column<>("referral_id", FollowUp::referralId),
                new Column<>("site_code", FollowUp::site),
                new Column<>("kind", f -> f.kind().name()),
                new Column<>("status", f -> f.status().name()),
                new Column<>("next_due", FollowUp::nextDue)), outbox, audit);
    }
}
