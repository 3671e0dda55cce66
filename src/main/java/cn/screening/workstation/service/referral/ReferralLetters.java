package cn.screening.workstation.service.referral;

import cn.screening.workstation.documents.InvalidDocumentException;
import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.documents.SignedBy;
import cn.screening.workstation.documents.referral.BackReferralLetter;
import cn.screening.workstation.documents.referral.BackReferralLetterRenderer;
import cn.screening.workstation.documents.referral.ReferralClinical;
import cn.screening.workstation.documents.referral.ReferralLetter;
import cn.screening.workstation.documents.referral.ReferralLetterRenderer;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralPatient;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Tx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * The paper side of a referral: the 转诊单 with its 存根 and the 下转单, built from the stored record
 * with the patient masked, written as a PDF or sent to the printer. Every print is audited.
 */
public final class ReferralLetters {

    private final Workspace ws;
    private final ReferenceData reference;
    private final Texts texts;
    private final ZoneId zone;
    private final PdfPrinter printer;
    /** The forms are printed in Chinese whatever the screen's language. */
    private final Texts chinese = new Texts(Locale.SIMPLIFIED_CHINESE);

    public ReferralLetters(Workspace ws, Texts texts, ZoneId zone, PdfPrinter printer) {
        this.ws = ws;
        this.reference = new ReferenceData(ws);
        this.texts = texts;
        this.zone = zone;
        this.printer = printer;
    }

    /** Writes the 转诊单 and 存根 to {@code file}, whole or not at all. */
    public void writeLetter(UUID referralId, Path file) {
        ReferralLetter letter = ws.database().read(tx -> letter(tx, find(tx, referralId)));
        write(file, () -> new ReferralLetterRenderer().write(letter, file));
        audit(referralId, "letter " + letter.referralNumber());
    }

    /** Writes the 下转单 to {@code file}. */
    public void writeBackLetter(UUID referralId, Path file) {
        BackReferralLetter letter = ws.database().read(tx -> backLetter(tx, find(tx, referralId)));
        write(file, () -> new BackReferralLetterRenderer().write(letter, file));
        audit(referralId, "back-letter " + letter.referralNumber());
    }

    /** Prints the 转诊单 on the default printer; NO_PRINTER when the machine has none (then offer a PDF). */
    public PdfPrinter.Outcome printLetter(UUID referralId) {
        return print(referralId, false);
    }

    public PdfPrinter.Outcome printBackLetter(UUID referralId) {
        return print(referralId, true);
    }

    private PdfPrinter.Outcome print(UUID referralId, boolean back) {
        if (!printer.hasPrinter()) {
            return PdfPrinter.Outcome.NO_PRINTER;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("referral-", ".pdf");
            if (back) {
                writeBackLetter(referralId, temp);
            } else {
                writeLetter(referralId, temp);
            }
            return printer.print(temp, texts.get(back ? "referral.print.job.back" : "referral.print.job"));
        } catch (IOException e) {
            throw new ServiceException("referral.print.failed", e, String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    private Referral find(Tx tx, UUID id) throws SQLException {
        return ws.referrals().findById(tx, id).orElseThrow(() -> new ServiceException("referral.not_found"));
    }

    ReferralLetter letter(Tx tx, Referral r) throws SQLException {
        if (r.status() == ReferralStatus.DRAFT) {
            throw new ServiceException("referral.print.draft");
        }
        LocalDate on = r.history().isEmpty() ? r.validFrom()
                : LocalDate.ofInstant(r.history().get(r.history().size() - 1).at(), zone);
        String from = reference.siteName(tx, r.fromSite());
        String to = reference.siteName(tx, r.toSite());
        MaskedPatient patient = patient(tx, r, on);
        return document(() -> new ReferralLetter(r.referralNo(), from, to, r.toDepartment(), patient,
                new ReferralClinical(r.purpose(), r.preliminaryDiagnosis(), r.clinicalSummary(), null, r.precautions()),
                r.urgency() == null ? "" : r.urgency().zh(), r.validFrom(), r.validUntil(),
                new SignedBy(r.doctorName(), r.doctorPhone(), r.validFrom())));
    }

    BackReferralLetter backLetter(Tx tx, Referral r) throws SQLException {
        BackReferral b = r.backReferral();
        if (b == null) {
            throw new ServiceException("referral.print.noBack");
        }
        LocalDate on = b.writtenOn() == null ? LocalDate.now(zone) : b.writtenOn();
        String plan = b.rehabilitationAdvice() == null || b.rehabilitationAdvice().isBlank() ? b.nextTreatmentPlan()
                : chinese.get("referral.back.planAndAdvice", b.nextTreatmentPlan(), b.rehabilitationAdvice());
        String doctor = b.doctorName() == null || b.doctorName().isBlank() ? ws.session().user().displayName() : b.doctorName();
        String from = reference.siteName(tx, r.toSite());
        String to = reference.siteName(tx, r.fromSite());
        MaskedPatient patient = patient(tx, r, on);
        return document(() -> new BackReferralLetter(r.referralNo(), from, to, patient, b.diagnosis(), b.inpatientNo(), b.keyResults(),
                b.treatmentGiven(), plan, new SignedBy(doctor, b.doctorPhone(), on)));
    }

    /** The patient as printed: name and ID number masked, age on the letter's date. */
    private MaskedPatient patient(Tx tx, Referral r, LocalDate on) throws SQLException {
        ReferralPatient p = r.patient();
        String caseNo = r.caseId() == null ? "" : ws.cases().caseNumber(tx, r.caseId()).orElse("");
        if (p == null) {
            return document(() -> new MaskedPatient("*", "", "", caseNo, ""));
        }
        String sex = p.sex() == null ? "" : chinese.get("sex." + p.sex().name());
        String age = age(p.birthDate(), on);
        return document(() -> new MaskedPatient(Masking.name(p.name()), sex, age, caseNo, Masking.idNumber(p.idNumber())));
    }

    private String age(LocalDate born, LocalDate on) {
        if (born == null || on == null || on.isBefore(born)) {
            return "";
        }
        Period p = Period.between(born, on);
        return p.getYears() > 0 ? chinese.get("referral.age.years", p.getYears())
                : chinese.get("referral.age.months", p.getMonths());
    }

    private static <T> T document(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidDocumentException e) {
            throw new ServiceException("referral.print.invalid", e, e.getMessage());
        }
    }

    private static void write(Path file, PdfWrite work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, file.toString());
        }
    }

    private void audit(UUID referralId, String what) {
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.PRINT, "referral", referralId.toString(), what);
            return null;
        });
    }

    @FunctionalInterface
    private interface PdfWrite {
        void run() throws IOException;
    }
}
