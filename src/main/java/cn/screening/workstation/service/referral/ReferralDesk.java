package cn.screening.workstation.service.referral;

import cn.screening.workstation.documents.InvalidDocumentException;
import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.documents.referral.BackReferralLetterRenderer;
import cn.screening.workstation.documents.referral.ReferralLetterRenderer;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The referral pages' side of the service: the letter as the form edits it (filled from the case or
 * the stored draft, written back over it), the moves, and the letters printed or saved as PDF.
 */
public final class ReferralDesk implements ReferralPort {

    private final Workspace ws;
    private final Referrals referrals;
    private final ReferralLetters letters;
    private final PdfPrinter printer;

    public ReferralDesk(Workspace ws, Referrals referrals, ReferralLetters letters, PdfPrinter printer) {
        this.ws = ws;
        this.referrals = referrals;
        this.letters = letters;
        this.printer = printer;
    }

    @Override
    public String siteCode() {
        return ws.session().site().siteCode();
    }

    @Override
    public boolean maySignBackReferral() {
        return ws.session().may(Permission.BACK_REFER);
    }

    @Override
    public List<Hospital> hospitals() {
        return referrals.receivingSites().stream().map(s -> new Hospital(s.code(), s.name())).toList();
    }

    @Override
    public Prefill prefill(UUID caseId) {
        Referral d = referrals.draftFromCase(caseId);
        return new Prefill(null, caseId, maskedName(d), caseNo(d), letterOf(d, null));
    }

    @Override
    public Prefill prefillDraft(UUID referralId) {
        Referral r = stored(referralId);
        return new Prefill(r.id(), r.caseId(), maskedName(r), caseNo(r), letterOf(r, r.id()));
    }

    @Override
    public Referral saveDraft(Letter letter) {
        Referral base = letter.referralId() == null ? referrals.draftFromCase(letter.caseId()) : stored(letter.referralId());
        return referrals.saveDraft(written(base, letter));
    }

    @Override
    public Referral submit(Letter letter) {
        return referrals.submit(saveDraft(letter).id());
    }

    @Override
    public List<ReferralEntry> list() {
        return referrals.entries();
    }

    @Override
    public ReferralEntry move(UUID id, ReferralMove move, String note) {
        return referrals.make(id, move, note);
    }

    @Override
    public ReferralEntry arrived(UUID id, boolean admitted, String inpatientNo) {
        return referrals.arrive(id, admitted, inpatientNo);
    }

    @Override
    public ReferralEntry backRefer(UUID id, BackReferral back) {
        return referrals.sendBack(id, back);
    }

    @Override
    public Printed printLetter(UUID id) {
        return print("referral-letter", file -> saveLetter(id, file));
    }

    @Override
    public void saveLetter(UUID id, Path file) {
        write(file, () -> new ReferralLetterRenderer().write(letters.letter(id), file));
    }

    @Override
    public Printed printBackLetter(UUID id) {
        return print("back-referral-letter", file -> saveBackLetter(id, file));
    }

    @Override
    public void saveBackLetter(UUID id, Path file) {
        write(file, () -> new BackReferralLetterRenderer().write(letters.backLetter(id), file));
    }

    private Printed print(String jobName, PdfPrinter.Render render) {
        try {
            return printer.print(jobName, render) == PdfPrinter.Outcome.SENT ? Printed.SENT : Printed.NO_PRINTER;
        } catch (IOException e) {
            throw new ServiceException("referral.print.failed", e, String.valueOf(e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface PdfWrite {
        void run() throws IOException;
    }

    private static void write(Path file, PdfWrite work) {
        try {
            work.run();
        } catch (InvalidDocumentException e) {
            throw new ServiceException("referral.print.failed", e, e.getMessage());
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, file.toString());
        }
    }

    private Referral stored(UUID id) {
        return referrals.find(id).orElseThrow(() -> new ServiceException("referral.not_found"));
    }

    private String caseNo(Referral r) {
        String carried = r.patient() == null || r.patient().caseNo() == null ? "" : r.patient().caseNo();
        return r.caseId() == null ? carried : ws.database().read(tx -> ws.cases().caseNumber(tx, r.caseId())).orElse(carried);
    }

    private static String maskedName(Referral r) {
        return r.patient() == null ? "" : Masking.name(r.patient().name());
    }

    private static Letter letterOf(Referral r, UUID id) {
        return new Letter(id, r.caseId(), r.toSite(), r.toDepartment(), r.purpose(), r.preliminaryDiagnosis(),
                r.clinicalSummary(), r.precautions(), r.urgency(), r.validFrom(), r.validUntil(), r.doctorPhone());
    }

    /** The stored (or freshly drafted) referral with what the form holds written over it. */
    private static Referral written(Referral base, Letter l) {
        return new Referral(base.id(), base.referralNo(), base.patientId(), base.patient(), base.caseId(), base.fromSite(),
                blankToNull(l.toSite()), blankToNull(l.toDepartment()), blankToNull(l.purpose()),
                blankToNull(l.preliminaryDiagnosis()), blankToNull(l.clinicalSummary()), blankToNull(l.precautions()),
                l.urgency(), l.validFrom(), l.validUntil(), base.doctorName(), blankToNull(l.doctorPhone()), base.status(),
                base.receipt(), base.backReferral(), base.history(), base.meta());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
