package cn.screening.workstation.store;

import cn.screening.workstation.domain.referral.Referral;
import java.util.List;

/** Referrals, searchable by number, patient, both ends, status and validity. */
public final class ReferralRepository extends SyncedDocuments<Referral> {

    public static final String ENTITY = "referral";

    public ReferralRepository(Outbox outbox, AuditLog audit) {
        super(ENTITY, "referral", Referral.class, List.of(
                new Column<>("referral_no", Referral::referralNo),
                new Column<>("patient_id", Referral::patientId),
                new Column<>("case_id", Referral::caseId),
                new Column<>("from_site", Referral::fromSite),
                new Column<>("to_site", Referral::toSite),
                new Column<>("status", r -> r.status().name()),
                new Column<>("valid_until", Referral::validUntil)), outbox, audit);
    }
}
