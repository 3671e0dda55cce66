package cn.screening.workstation.service.today;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.followup.FollowUps;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The work sources of referral, follow-up and sync: referrals to answer, to receive, to write back
 * or to acknowledge; follow-ups due and overdue; sync conflicts and quarantined records.
 */
public final class StandardWork {

    public static final String REFERRAL_ANSWER = "referral.answer";
    public static final String REFERRAL_ARRIVAL = "referral.arrival";
    public static final String REFERRAL_BACK = "referral.back";
    public static final String REFERRAL_ACKNOWLEDGE = "referral.acknowledge";
    public static final String FOLLOW_UP_DUE = "followup.due";
    public static final String FOLLOW_UP_OVERDUE = "followup.overdue";
    public static final String SYNC_CONFLICT = "sync.conflict";
    public static final String SYNC_QUARANTINED = "sync.quarantined";
    /** a minor registered without the guardian's consent: their records wait on this workstation (rule 10) */
    /** a minor whose records wait for the guardian's consent (待监护人同意, rule 10) */
    public static final String SYNC_CONSENT = "sync.consent";

    public static final List<String> KINDS = List.of(REFERRAL_ANSWER, REFERRAL_ARRIVAL, REFERRAL_BACK, REFERRAL_ACKNOWLEDGE,
            FOLLOW_UP_DUE, FOLLOW_UP_OVERDUE, SYNC_CONFLICT, SYNC_QUARANTINED, SYNC_CONSENT);

    private StandardWork() {
    }

    public static List<WorkSource> sources(Workspace ws) {
        return List.of(
                (tx, today) -> incoming(ws, tx, ReferralStatus.SUBMITTED, REFERRAL_ANSWER, today),
                (tx, today) -> incoming(ws, tx, ReferralStatus.ACCEPTED, REFERRAL_ARRIVAL, today),
                (tx, today) -> incoming(ws, tx, ReferralStatus.ADMITTED, REFERRAL_BACK, today),
                (tx, today) -> toAcknowledge(ws, tx),
                (tx, today) -> followUps(ws, tx, today),
                (tx, today) -> ws.syncStore().conflicts().open(tx).stream()
                        .map((SyncConflict c) -> new WorkItem(SYNC_CONFLICT, c.id(), c.entityType() + " · " + c.field(), null, false))
                        .toList(),
                (tx, today) -> ws.outbox().inState(tx, cn.screening.workstation.store.OutboxState.QUARANTINED).stream()
                        .map((OutboxEntry e) -> new WorkItem(SYNC_QUARANTINED, e.entityId(), e.entityType(), null, false))
                        .toList(),
                (tx, today) -> awaitingConsent(ws, tx, today));
    }

    /** The minors whose records wait for consent, one item each, name masked. */
    private static List<WorkItem> awaitingConsent(Workspace ws, Tx tx, LocalDate today) throws SQLException {
        List<WorkItem> out = new ArrayList<>();
        for (UUID id : ConsentHolds.waitingPatients(tx, today)) {
            String name = ws.patients().findById(tx, id).map(p -> Masking.name(p.name())).orElse("");
            out.add(new WorkItem(SYNC_CONSENT, id, name, null, false));
        }
        return out;
    }

    private static List<WorkItem> incoming(Workspace ws, Tx tx, ReferralStatus status, String kind, LocalDate today)
            throws SQLException {
        List<WorkItem> out = new ArrayList<>();
        for (Referral r : ws.referrals().where(tx, "to_site = ? AND status = ?", "updated_at", ws.session().site().siteCode(),
                status.name())) {
            boolean late = status == ReferralStatus.SUBMITTED && r.expiredOn(today);
            out.add(new WorkItem(kind, r.id(), title(ws, tx, r), r.validUntil(), late));
        }
        return out;
    }

    private static List<WorkItem> toAcknowledge(Workspace ws, Tx tx) throws SQLException {
        List<WorkItem> out = new ArrayList<>();
        if (!ws.session().site().type().allows(Permission.REFER)) {
            return out; // a county health bureau reads its county's referrals (decision 0025) but acknowledges none
        }
        for (Referral r : ws.referrals().where(tx, "(to_site IS NULL OR to_site <> ?) AND status = ?", "updated_at",
                ws.session().site().siteCode(), ReferralStatus.BACK_REFERRED.name())) {
            out.add(new WorkItem(REFERRAL_ACKNOWLEDGE, r.id(), title(ws, tx, r), null, false));
        }
        return out;
    }

    private static List<WorkItem> followUps(Workspace ws, Tx tx, LocalDate today) throws SQLException {
        List<WorkItem> out = new ArrayList<>();
        for (FollowUp f : ws.followUps().where(tx, "site_code = ? AND status = 'ACTIVE' AND next_due <= ?", "next_due",
                ws.session().site().siteCode(), today.plusDays(FollowUps.DUE_AHEAD_DAYS))) {
            boolean late = f.nextDue().isBefore(today);
            String name = ws.patients().findById(tx, f.patientId()).map(p -> Masking.name(p.name())).orElse("");
            out.add(new WorkItem(late ? FOLLOW_UP_OVERDUE : FOLLOW_UP_DUE, f.id(), name + " · " + f.kind().zh(), f.nextDue(), late));
        }
        return out;
    }

    private static String title(Workspace ws, Tx tx, Referral r) throws SQLException {
        String name = ws.patients().findById(tx, r.patientId()).map(p -> Masking.name(p.name())).orElse("");
        return r.referralNo() + " · " + name + " · " + r.status().zh();
    }
}
