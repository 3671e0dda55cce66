package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.referral.CaseAfterReferral;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralPatient;
import cn.screening.workstation.domain.referral.ReferralRoutes;
import cn.screening.workstation.domain.referral.ReferralRules;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStateMachine;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.followup.FollowUps;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Two-way referral from either end. The sender drafts a letter from a case, submits, withdraws,
 * acknowledges the back-referral and closes; the receiving hospital accepts or rejects, records the
 * arrival or a no-show, and writes the back-referral. Every move is checked by the state machine
 * for this workstation's side, written into the timeline and queued for sync in one transaction.
 */
public final class Referrals {

    private final Workspace ws;
    private final RuleBook rules;
    private final ReferenceData reference;
    private final FollowUps followUps;
    private final Texts texts;
    private final ZoneId zone;
    private final LabFindings findings;
    private final ReferralEntries entries;

    public Referrals(Workspace ws, RuleBook rules, FollowUps followUps, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.rules = rules;
        this.reference = new ReferenceData(ws);
        this.followUps = followUps;
        this.texts = texts;
        this.zone = zone;
        this.findings = new LabFindings(ws, texts, zone);
        this.entries = new ReferralEntries(ws, reference, findings, this::side);
    }

    /** The hospitals a referral may go to, from the reference data. */
    public List<SiteInfo> receivingSites() {
        return reference.receivingSites();
    }

    /** A new letter for a case, not stored: patient, diagnosis and clinical summary filled in from the case. */
    public Referral draftFromCase(UUID caseId) {
        return ws.database().read(tx -> {
            ScreeningCase c = ws.cases().findById(tx, caseId).orElseThrow(() -> new ServiceException("referral.case_not_found"));
            LocalDate today = today();
            // what the lab confirmed outranks the screening's suspicion
            String diagnosis = findings.confirmed(tx, c.id()).map(findings::diagnosis).orElse(texts.get("referral.diagnosis.suspected",
                    c.screening() != null && c.screening().classification() != null
                            ? texts.get("class." + c.screening().classification().name()) : c.diseaseCode()));
            Patient p = ws.patients().findById(tx, c.patientId()).orElseThrow(() -> new ServiceException("referral.case_not_found"));
            ReferralPatient named = LetterPatient.of(p, rules, texts).withCaseNo(ws.cases().caseNumber(tx, c.id()).orElse(null));
            return new Referral(RecordIds.next(), null, c.patientId(), named, c.id(), ws.session().site().siteCode(), null, null, null,
                    diagnosis, ClinicalSummary.of(c, texts, zone), null, Urgency.ROUTINE, today,
                    today.plusDays(reference.referralValidityDays()), ws.session().user().displayName(), null,
                    ReferralStatus.DRAFT, null, null, List.of(), null);
        });
    }

    /**
     * Stores a draft (new or edited). The letter is checked (receiving site in the reference data,
     * purpose, diagnosis, validity); a new draft gets its referral number.
     */
    public Referral saveDraft(Referral draft) {
        ws.session().require(Permission.REFER);
        return ws.database().write(ws.session().actor(), tx -> {
            checkLetter(tx, draft);
            Optional<Referral> stored = ws.referrals().findById(tx, draft.id());
            if (stored.isEmpty()) {
                Referral fresh = new Referral(draft.id(), nextNumber(tx), draft.patientId(), draft.patient(), draft.caseId(),
                        draft.fromSite() == null ? ws.session().site().siteCode() : draft.fromSite(), draft.toSite(),
                        draft.toDepartment(), draft.purpose(), draft.preliminaryDiagnosis(), draft.clinicalSummary(),
                        draft.precautions(), draft.urgency(), draft.validFrom(), draft.validUntil(), draft.doctorName(),
                        draft.doctorPhone(), ReferralStatus.DRAFT, null, null, List.of(), null);
                requirePatient(tx, fresh);
                return ws.referrals().insert(tx, fresh);
            }
            Referral before = stored.get();
            if (before.status() != ReferralStatus.DRAFT || side(before) != ReferralSide.SENDER) {
                throw new ServiceException("referral.not_editable", before.status().zh());
            }
            Referral edited = new Referral(before.id(), before.referralNo(), before.patientId(), draft.patient(), before.caseId(),
                    before.fromSite(),
                    draft.toSite(), draft.toDepartment(), draft.purpose(), draft.preliminaryDiagnosis(), draft.clinicalSummary(),
                    draft.precautions(), draft.urgency(), draft.validFrom(), draft.validUntil(), draft.doctorName(),
                    draft.doctorPhone(), before.status(), before.receipt(), before.backReferral(), before.history(), before.meta());
            return ws.referrals().update(tx, edited, "draft");
        });
    }

    /** Sends the letter: checked again, then 已提交. */
    public Referral submit(UUID id) {
        return move(id, submitting());
    }

    public Referral withdraw(UUID id, String note) {
        return move(id, new Step(ReferralStatus.WITHDRAWN, note, AS_IS));
    }

    /** The receiving hospital takes the patient, in {@code department} (or the one asked for). */
    public Referral accept(UUID id, String department) {
        return move(id, accepting(department));
    }

    /** The receiving hospital refuses the referral; the reason is required and goes back to the sender. */
    public Referral reject(UUID id, String reason) {
        return move(id, rejecting(reason));
    }

    /** The patient arrived: seen in outpatients, or admitted with an inpatient number. */
    public Referral admit(UUID id, boolean inpatient, String inpatientNo, String note) {
        return move(id, admitting(inpatient, inpatientNo, note));
    }

    public Referral noShow(UUID id, String note) {
        return move(id, new Step(ReferralStatus.NO_SHOW, note, AS_IS));
    }

    /** The receiving hospital writes the back-referral (下转单) and sends the patient down. */
    public Referral writeBackReferral(UUID id, BackReferral back) {
        return move(id, backReferring(back));
    }

    /**
     * What the hospital's 下转单 form starts with: the diagnosis and key results the lab confirmed
     * for the referral's case (else the letter's preliminary diagnosis), and the inpatient number.
     */
    public BackReferral backReferralDraft(UUID id) {
        return ws.database().read(tx -> entries.backDraft(tx, stored(tx, id)));
    }

    /** The sending side has the back-referral: 基层已接收, and the patient's follow-up starts. */
    public Referral acknowledgeBackReferral(UUID id) {
        return move(id, acknowledging());
    }

    public Referral close(UUID id) {
        return move(id, new Step(ReferralStatus.CLOSED, null, AS_IS));
    }

    /**
     * A move chosen on the referral page, answered with the referral as the page lists it, read in the
     * move's own transaction. Refused with the domain's sentence when this side may not make it now.
     */
    public ReferralEntry make(UUID id, ReferralMove move, String note) {
        String text = blank(note) ? null : note.strip();
        Step step = switch (move) {
            case SUBMIT -> submitting();
            case WITHDRAW -> new Step(ReferralStatus.WITHDRAWN, text, AS_IS);
            case EXPIRE -> null;
            case ACCEPT -> accepting(null);
            case REJECT -> rejecting(text);
            case ADMIT -> admitting(false, null, text);
            case NO_SHOW -> new Step(ReferralStatus.NO_SHOW, text, AS_IS);
            case BACK_REFER -> throw new IllegalArgumentException("a back-referral is written with its form");
            case ACKNOWLEDGE -> acknowledging();
            case CLOSE -> new Step(ReferralStatus.CLOSED, null, AS_IS);
        };
        if (step == null) {
            expirePastValidity(); // every stale referral of this side, this one among them
            return ws.database().read(tx -> entries.of(tx, stored(tx, id)));
        }
        return move(id, step, entries::of);
    }

    /** The patient came: seen in outpatients, or admitted with an inpatient number; answered as {@link #make} answers. */
    public ReferralEntry arrive(UUID id, boolean admitted, String inpatientNo) {
        return move(id, admitting(admitted, blank(inpatientNo) ? null : inpatientNo.strip(), null), entries::of);
    }

    /** The back-referral signed by this user and sent down; answered as {@link #make} answers. */
    public ReferralEntry sendBack(UUID id, BackReferral back) {
        BackReferral signed = new BackReferral(back.diagnosis(), back.inpatientNo(), back.keyResults(), back.treatmentGiven(),
                back.nextTreatmentPlan(), back.rehabilitationAdvice(), ws.session().user().displayName(), back.doctorPhone(),
                back.writtenOn(), back.conclusion());
        return move(id, backReferring(signed), entries::of);
    }

    /** The referrals this site sent (or its townships did) and received, the newest first, patients masked: one read. */
    public List<ReferralEntry> entries() {
        return ws.database().read(entries::all);
    }

    private Step submitting() {
        return new Step(ReferralStatus.SUBMITTED, null, (tx, r) -> {
            checkLetter(tx, r);
            return r;
        });
    }

    private Step accepting(String department) {
        return new Step(ReferralStatus.ACCEPTED, null, (tx, r) -> r.withReceipt(r.receipt().answered(
                ws.session().user().displayName(), tx.now(), blank(department) ? r.toDepartment() : department, null)));
    }

    private Step rejecting(String reason) {
        return new Step(ReferralStatus.REJECTED, reason, (tx, r) -> r.withReceipt(r.receipt().answered(
                ws.session().user().displayName(), tx.now(), r.receipt().department(), reason)));
    }

    private Step admitting(boolean inpatient, String inpatientNo, String note) {
        ValidationResult v = ReferralRules.checkArrival(inpatient, inpatientNo);
        if (v.hasErrors()) {
            throw new InvalidInput(v);
        }
        return new Step(ReferralStatus.ADMITTED, note, (tx, r) -> r.withReceipt(r.receipt().arrived(tx.now(), inpatient,
                inpatientNo, note)));
    }

    private Step backReferring(BackReferral back) {
        ws.session().require(Permission.BACK_REFER);
        ValidationResult v = ReferralRules.checkBackReferral(back);
        if (v.hasErrors()) {
            throw new InvalidInput(v);
        }
        return new Step(ReferralStatus.BACK_REFERRED, null, (tx, r) -> r.withBackReferral(back));
    }

    private Step acknowledging() {
        return new Step(ReferralStatus.BACK_RECEIVED, null, (tx, r) -> {
            followUps.scheduleAfterBackReferral(tx, r, today());
            return r;
        });
    }

    /** Marks this side's submitted referrals past their validity window 已过期; how many. */
    public int expirePastValidity() {
        if (!ws.session().may(Permission.REFER)) {
            return 0;
        }
        LocalDate today = today();
        List<Referral> stale = ws.database().read(tx -> ws.referrals().where(tx, "status = ? AND valid_until < ?", "id",
                ReferralStatus.SUBMITTED.name(), today)).stream().filter(r -> side(r) == ReferralSide.SENDER).toList();
        for (Referral r : stale) {
            move(r.id(), new Step(ReferralStatus.EXPIRED, texts.get("referral.expired.note", r.validUntil().toString()), AS_IS));
        }
        return stale.size();
    }

    public Optional<Referral> find(UUID id) {
        return ws.database().read(tx -> ws.referrals().findById(tx, id));
    }

    /** Referrals this site sent (or its townships did), newest first. */
    public List<ReferralSummary> outgoing() {
        String me = ws.session().site().siteCode();
        return summaries("to_site IS NULL OR to_site <> ?", me);
    }

    /** Referrals sent to this site, newest first. */
    public List<ReferralSummary> incoming() {
        return summaries("to_site = ?", ws.session().site().siteCode());
    }

    /** The moves this workstation may make on a referral now. */
    public List<ReferralMove> movesFor(Referral r) {
        return ReferralMove.from(r.status(), side(r));
    }

    /** This workstation's end: the receiving hospital, or the sender (a county acts for its townships). */
    public ReferralSide side(Referral r) {
        return ws.session().site().siteCode().equals(r.toSite()) ? ReferralSide.RECEIVER : ReferralSide.SENDER;
    }

    private List<ReferralSummary> summaries(String condition, Object arg) {
        return ws.database().read(tx -> {
            List<ReferralSummary> out = new ArrayList<>();
            for (Referral r : ws.referrals().where(tx, condition, "updated_at DESC", arg)) {
                ReferralSide side = side(r);
                String name = r.patient() == null ? "" : r.patient().name();
                String idNumber = r.patient() == null ? "" : r.patient().idNumber();
                out.add(new ReferralSummary(r.id(), r.referralNo(), r.patientId(), name == null ? "" : Masking.name(name),
                        idNumber == null ? "" : Masking.idNumber(idNumber), reference.siteName(tx, r.fromSite()),
                        reference.siteName(tx, r.toSite()), r.toDepartment(), r.status(), r.urgency(), r.validUntil(),
                        r.meta().updatedAt(), side, ReferralMove.waitingOn(r.status()).filter(w -> w == side).isPresent()));
            }
            return out;
        });
    }

    @FunctionalInterface
    private interface Change {
        Referral apply(Tx tx, Referral r) throws SQLException;
    }

    /** What a move answers with, built in its transaction from the stored referral. */
    @FunctionalInterface
    private interface Answer<T> {
        T of(Tx tx, Referral moved) throws SQLException;
    }

    private static final Change AS_IS = (tx, r) -> r;

    /** A move of the state machine: where to, the timeline's note, and what else changes with it. */
    private record Step(ReferralStatus to, String note, Change change) {
    }

    private Referral move(UUID id, Step step) {
        return move(id, step, (tx, r) -> r);
    }

    /** One move: judged by the state machine for this side, recorded in the timeline, queued, audited. */
    private <T> T move(UUID id, Step step, Answer<T> answer) {
        ReferralStatus to = step.to();
        return ws.database().write(ws.session().actor(), tx -> {
            Referral r = stored(tx, id);
            ReferralSide side = side(r);
            ws.session().require(side == ReferralSide.SENDER ? Permission.REFER : Permission.RECEIVE_REFERRAL);
            Optional<Violation> refused = ReferralStateMachine.check(r.status(), to, side, step.note());
            if (refused.isPresent()) {
                throw new InvalidInput(new ValidationResult(List.of(refused.get())));
            }
            Referral changed = step.change().apply(tx, r);
            Referral moved = changed.moved(new ReferralEvent(tx.now(), r.status(), to, side, ws.session().user().username(),
                    ws.session().site().siteCode(), step.note()));
            followCase(tx, moved, to);
            return answer.of(tx, ws.referrals().update(tx, moved, ReferralMove.between(r.status(), to).orElseThrow().name()));
        });
    }

    private Referral stored(Tx tx, UUID id) throws SQLException {
        return ws.referrals().findById(tx, id).orElseThrow(() -> new ServiceException("referral.not_found"));
    }

    /** The case follows its referral where it is held (the sender's site), queued for sync with the move. */
    private void followCase(Tx tx, Referral r, ReferralStatus to) throws SQLException {
        if (r.caseId() == null) {
            return;
        }
        Optional<ScreeningCase> c = ws.cases().findById(tx, r.caseId());
        if (c.isEmpty()) {
            return;
        }
        boolean hemophilia = CaseRegistration.HEMOPHILIA.equals(c.get().diseaseCode());
        CaseStatus conclusion = r.backReferral() == null ? null : r.backReferral().conclusion();
        Optional<CaseStatus> next = CaseAfterReferral.after(to, c.get().status(), hemophilia, conclusion);
        if (next.isPresent() && next.get() != c.get().status()) {
            ws.cases().updateStatus(tx, c.get().id(), next.get());
        }
    }

    private void checkLetter(Tx tx, Referral r) throws SQLException {
        List<String> known = reference.sites(tx).stream().map(SiteInfo::code).toList();
        ValidationResult v = ReferralRules.checkLetter(r, known::contains);
        if (!v.hasErrors() && reference.receivingSites(tx).stream().noneMatch(s -> s.code().equals(r.toSite()))) {
            // the route rule the server holds the letter to as well
            v = v.and(new ValidationResult(List.of(ReferralRoutes.outsideRoutes(r.toSite()))));
        }
        if (v.hasErrors()) {
            throw new InvalidInput(v);
        }
    }

    private void requirePatient(Tx tx, Referral r) throws SQLException {
        if (r.patientId() == null || ws.patients().findById(tx, r.patientId()).isEmpty()) {
            throw new InvalidInput(new ValidationResult(List.of(ReferralRules.unknownPatient())));
        }
    }

    /** ZZ-&lt;site&gt;-&lt;year&gt;-&lt;00001&gt;, counted per year in the writing transaction. */
    private String nextNumber(Tx tx) throws SQLException {
        int year = LocalDate.ofInstant(tx.now(), zone).getYear();
        long n = ws.numbers().next(tx, "referral-" + year);
        return String.format("ZZ-%s-%d-%05d", ws.session().site().siteCode(), year, n);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ws.database().clock().instant(), zone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
