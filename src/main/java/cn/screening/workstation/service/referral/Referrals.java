package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralRules;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.followup.FollowUps;
import cn.screening.workstation.service.referral.ReferralMover.Step;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Two-way referral from either end. The sender drafts a letter from a case, submits, withdraws,
 * acknowledges the back-referral and closes; the receiving hospital accepts or rejects, records the
 * arrival or a no-show, and writes the back-referral. Every move is checked by the state machine
 * for this workstation's side, written into the timeline and queued for sync in one transaction.
 */
public final class Referrals {

    private final Workspace ws;
    private final ReferenceData reference;
    private final FollowUps followUps;
    private final Texts texts;
    private final ZoneId zone;
    private final ReferralEntries entries;
    private final ReferralDrafts drafts;
    private final ReferralMover mover;

    public Referrals(Workspace ws, RuleBook rules, FollowUps followUps, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.reference = new ReferenceData(ws);
        this.followUps = followUps;
        this.texts = texts;
        this.zone = zone;
        LabFindings findings = new LabFindings(ws, texts, zone);
        this.entries = new ReferralEntries(ws, reference, findings, this::side);
        this.drafts = new ReferralDrafts(ws, rules, reference, texts, zone, findings, this::side);
        this.mover = new ReferralMover(ws, this::side);
    }

    /** The hospitals a referral may go to, from the reference data. */
    public List<SiteInfo> receivingSites() {
        return reference.receivingSites();
    }

    /** A new letter for a case, not stored: patient, diagnosis and clinical summary filled in from the case. */
    public Referral draftFromCase(UUID caseId) {
        return drafts.fromCase(caseId, today());
    }

    /**
     * Stores a draft (new or edited). The letter is checked (receiving site in the reference data,
     * purpose, diagnosis, validity); a new draft gets its referral number.
     */
    public Referral saveDraft(Referral draft) {
        return drafts.save(draft);
    }

    /** Sends the letter: checked again, then 已提交. */
    public Referral submit(UUID id) {
        return mover.move(id, submitting());
    }

    public Referral withdraw(UUID id, String note) {
        return mover.move(id, new Step(ReferralStatus.WITHDRAWN, note, ReferralMover.AS_IS));
    }

    /** The receiving hospital takes the patient, in {@code department} (or the one asked for). */
    public Referral accept(UUID id, String department) {
        return mover.move(id, accepting(department));
    }

    /** The receiving hospital refuses the referral; the reason is required and goes back to the sender. */
    public Referral reject(UUID id, String reason) {
        return mover.move(id, rejecting(reason));
    }

    /** The patient arrived: seen in outpatients, or admitted with an inpatient number. */
    public Referral admit(UUID id, boolean inpatient, String inpatientNo, String note) {
        return mover.move(id, admitting(inpatient, inpatientNo, note));
    }

    public Referral noShow(UUID id, String note) {
        return mover.move(id, new Step(ReferralStatus.NO_SHOW, note, ReferralMover.AS_IS));
    }

    /** The receiving hospital writes the back-referral (下转单) and sends the patient down. */
    public Referral writeBackReferral(UUID id, BackReferral back) {
        return mover.move(id, backReferring(back));
    }

    /**
     * What the hospital's 下转单 form starts with: the diagnosis and key results the lab confirmed
     * for the referral's case (else the letter's preliminary diagnosis), and the inpatient number.
     */
    public BackReferral backReferralDraft(UUID id) {
        return ws.database().read(tx -> entries.backDraft(tx, mover.stored(tx, id)));
    }

    /** The sending side has the back-referral: 基层已接收, and the patient's follow-up starts. */
    public Referral acknowledgeBackReferral(UUID id) {
        return mover.move(id, acknowledging());
    }

    public Referral close(UUID id) {
        return mover.move(id, new Step(ReferralStatus.CLOSED, null, ReferralMover.AS_IS));
    }

    /**
     * A move chosen on the referral page, answered with the referral as the page lists it, read in the
     * move's own transaction. Refused with the domain's sentence when this side may not make it now.
     */
    public ReferralEntry make(UUID id, ReferralMove move, String note) {
        String text = blank(note) ? null : note.strip();
        Step step = switch (move) {
            case SUBMIT -> submitting();
            case WITHDRAW -> new Step(ReferralStatus.WITHDRAWN, text, ReferralMover.AS_IS);
            case EXPIRE -> null;
            case ACCEPT -> accepting(null);
            case REJECT -> rejecting(text);
            case ADMIT -> admitting(false, null, text);
            case NO_SHOW -> new Step(ReferralStatus.NO_SHOW, text, ReferralMover.AS_IS);
            case BACK_REFER -> throw new IllegalArgumentException("a back-referral is written with its form");
            case ACKNOWLEDGE -> acknowledging();
            case CLOSE -> new Step(ReferralStatus.CLOSED, null, ReferralMover.AS_IS);
        };
        if (step == null) {
            expirePastValidity(); // every stale referral of this side, this one among them
            return ws.database().read(tx -> entries.of(tx, mover.stored(tx, id)));
        }
        return mover.move(id, step, entries::of);
    }

    /** The patient came: seen in outpatients, or admitted with an inpatient number; answered as {@link #make} answers. */
    public ReferralEntry arrive(UUID id, boolean admitted, String inpatientNo) {
        return mover.move(id, admitting(admitted, blank(inpatientNo) ? null : inpatientNo.strip(), null), entries::of);
    }

    /** The back-referral signed by this user and sent down; answered as {@link #make} answers. */
    public ReferralEntry sendBack(UUID id, BackReferral back) {
        BackReferral signed = new BackReferral(back.diagnosis(), back.inpatientNo(), back.keyResults(), back.treatmentGiven(),
                back.nextTreatmentPlan(), back.rehabilitationAdvice(), ws.session().user().displayName(), back.doctorPhone(),
                back.writtenOn(), back.conclusion());
        return mover.move(id, backReferring(signed), entries::of);
    }

    /** The referrals this site sent (or its townships did) and received, the newest first, patients masked: one read. */
    public List<ReferralEntry> entries() {
        return ws.database().read(entries::all);
    }

    private Step submitting() {
        return new Step(ReferralStatus.SUBMITTED, null, (tx, r) -> {
            drafts.check(tx, r);
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
            mover.move(r.id(), new Step(ReferralStatus.EXPIRED, texts.get("referral.expired.note", r.validUntil().toString()), ReferralMover.AS_IS));
        }
        return stale.size();
    }

    public Optional<Referral> find(UUID id) {
        return ws.database().read(tx -> ws.referrals().findById(tx, id));
    }

    /** Referrals this site sent (or its townships did), newest first. */
    public List<ReferralSummary> outgoing() {
        String me = ws.session().site().siteCode();
        return ws.database().read(tx -> entries.summaries(tx, "to_site IS NULL OR to_site <> ?", me));
    }

    /** Referrals sent to this site, newest first. */
    public List<ReferralSummary> incoming() {
        return ws.database().read(tx -> entries.summaries(tx, "to_site = ?", ws.session().site().siteCode()));
    }

    /** The moves this workstation may make on a referral now. */
    public List<ReferralMove> movesFor(Referral r) {
        return ReferralMove.from(r.status(), side(r));
    }

    /** This workstation's end: the receiving hospital, or the sender (a county acts for its townships). */
    public ReferralSide side(Referral r) {
        return ws.session().site().siteCode().equals(r.toSite()) ? ReferralSide.RECEIVER : ReferralSide.SENDER;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ws.database().clock().instant(), zone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
