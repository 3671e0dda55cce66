package cn.screening.workstation.service.followup;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpRules;
import cn.screening.workstation.domain.followup.FollowUpSchedule;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.followup.Visit;
import cn.screening.workstation.domain.followup.VisitRules;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.registry.RegistryEntry;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Follow-up of confirmed and back-referred patients: schedules made from the configurable rules,
 * the due and overdue lists of this site, visits recorded with the next due date worked out, and
 * 失访 after the configured number of failed attempts.
 */
public final class FollowUps implements FollowUpPort {

    /** How many days ahead the "due" list looks. */
    public static final int DUE_AHEAD_DAYS = 7;

    private final Workspace ws;
    private final ReferenceData reference;
    private final ZoneId zone;

    public FollowUps(Workspace ws, ZoneId zone) {
        this.ws = ws;
        this.reference = new ReferenceData(ws);
        this.zone = zone;
    }

    /** The rules in force (server settings over the defaults). */
    public FollowUpRules rules() {
        return reference.followUpRules();
    }

    /**
     * Schedules a confirmed patient's follow-up (and an inhibitor retest when titres are on record),
     * inside the caller's transaction; an active routine schedule already there is kept.
     */
    public List<FollowUp> scheduleForConfirmed(Tx tx, RegistryEntry e) throws SQLException {
        FollowUpSchedule s = new FollowUpSchedule(reference.followUpRules());
        List<FollowUp> out = new ArrayList<>();
        if (active(tx, e.patientId()).stream().noneMatch(f -> f.kind() == cn.screening.workstation.domain.followup.FollowUpKind.ROUTINE)) {
            out.add(ws.followUps().insert(tx, s.forConfirmed(e.patientId(), e.caseId(), e.site(), e.confirmedOn())));
        }
        if (e.lastTitre().isPresent()) {
            out.add(ws.followUps().insert(tx, s.inhibitorRetest(e.patientId(), e.caseId(), e.site(), e.lastTitre().get().date())));
        }
        return out;
    }

    /** Schedules the follow-up after a back-referral is acknowledged, for the site that referred. */
    public FollowUp scheduleAfterBackReferral(Tx tx, Referral r, LocalDate acknowledgedOn) throws SQLException {
        FollowUpSchedule s = new FollowUpSchedule(reference.followUpRules());
        return ws.followUps().insert(tx, s.afterBackReferral(r.patientId(), r.caseId(), r.id(), r.fromSite(), acknowledgedOn));
    }

    /** Active schedules of this site due from today to a week ahead, soonest first. */
    public List<FollowUpItem> due() {
        LocalDate today = today();
        return items("status = 'ACTIVE' AND next_due >= ? AND next_due <= ?", today, today, today.plusDays(DUE_AHEAD_DAYS));
    }

    /** Active schedules of this site past their due date, longest overdue first. */
    public List<FollowUpItem> overdue() {
        LocalDate today = today();
        return items("status = 'ACTIVE' AND next_due < ?", today, today);
    }

    /** Records a visit or a failed attempt; the next due date and 失访 follow from the rules. */
    @Override
    public FollowUp recordVisit(UUID followUpId, Visit visit) {
        ws.session().require(Permission.FOLLOW_UP);
        ValidationResult bad = VisitRules.check(visit, today());
        if (bad.hasErrors()) {
            throw new InvalidInput(bad);
        }
        return ws.database().write(ws.session().actor(), tx -> {
            FollowUp f = ws.followUps().findById(tx, followUpId).orElseThrow(() -> new ServiceException("followup.not_found"));
            if (f.status() != FollowUpStatus.ACTIVE) {
                throw new ServiceException("followup.not_active", f.status().zh());
            }
            FollowUp next = new FollowUpSchedule(reference.followUpRules()).after(f, visit);
            return ws.followUps().update(tx, next, visit.reached() ? "visit" : "failed_attempt");
        });
    }

    /**
     * The full name and phones to call for a schedule of this site — only for a role that may
     * reveal identities, and audited as a reveal; empty for anyone else (they see the masked list).
     */
    @Override
    public Optional<FollowUpContact> contact(UUID followUpId) {
        ws.session().require(Permission.FOLLOW_UP);
        if (!ws.session().may(Permission.REVEAL_ID)) {
            return Optional.empty();
        }
        return ws.database().write(ws.session().actor(), tx -> {
            FollowUp f = ws.followUps().findById(tx, followUpId).orElseThrow(() -> new ServiceException("followup.not_found"));
            Optional<Patient> p = ws.patients().findById(tx, f.patientId());
            if (p.isEmpty()) {
                return Optional.<FollowUpContact>empty();
            }
            ws.audit().append(tx, AuditAction.REVEAL_ID, EntityTypes.PATIENT, f.patientId().toString(), "follow-up call " + f.id());
            Patient x = p.get();
            String family = x.guardian() == null ? "" : (x.guardian().name() + " " + Objects.toString(x.guardian().phone(), "")).strip();
            return Optional.of(new FollowUpContact(x.name(), Objects.toString(x.phone(), ""), family));
        });
    }

    @Override
    public List<Listed> list() {
        String site = ws.session().site().siteCode();
        return ws.database().read(tx -> {
            List<Listed> out = new ArrayList<>();
            for (FollowUp f : ws.followUps().where(tx, "site_code = ?", "next_due, id", site)) {
                String name = ws.patients().findById(tx, f.patientId()).map(p -> Masking.name(p.name())).orElse("");
                String caseNo = f.caseId() == null ? "" : ws.cases().caseNumber(tx, f.caseId()).orElse("");
                out.add(new Listed(f, name, caseNo));
            }
            return out;
        });
    }

    public Optional<FollowUp> find(UUID id) {
        return ws.database().read(tx -> ws.followUps().findById(tx, id));
    }

    public List<FollowUp> ofPatient(UUID patientId) {
        return ws.database().read(tx -> ws.followUps().where(tx, "patient_id = ?", "next_due", patientId));
    }

    /** The next date a patient is due, over all active schedules. */
    public Optional<LocalDate> nextDue(UUID patientId) {
        return ofPatient(patientId).stream().filter(f -> f.status() == FollowUpStatus.ACTIVE).map(FollowUp::nextDue)
                .filter(d -> d != null).min(LocalDate::compareTo);
    }

    private List<FollowUp> active(Tx tx, UUID patientId) throws SQLException {
        return ws.followUps().where(tx, "patient_id = ? AND status = 'ACTIVE'", "next_due", patientId);
    }

    private List<FollowUpItem> items(String condition, LocalDate today, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = ws.session().site().siteCode();
        System.arraycopy(args, 0, all, 1, args.length);
        return ws.database().read(tx -> {
            List<FollowUpItem> out = new ArrayList<>();
            for (FollowUp f : ws.followUps().where(tx, "site_code = ? AND " + condition, "next_due, id", all)) {
                Optional<Patient> p = ws.patients().findById(tx, f.patientId());
                long late = f.nextDue() != null && f.nextDue().isBefore(today) ? ChronoUnit.DAYS.between(f.nextDue(), today) : 0;
                out.add(new FollowUpItem(f.id(), f.patientId(), p.map(x -> Masking.name(x.name())).orElse(""),
                        p.map(x -> x.phone() == null ? "" : Masking.phone(x.phone())).orElse(""), f.kind(), f.nextDue(), late,
                        f.failedAttempts(), f.status()));
            }
            return out;
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ws.database().clock().instant(), zone);
    }
}
