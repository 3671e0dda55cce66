package cn.screening.workstation.documents.referral;

import cn.screening.workstation.documents.DocumentTexts;
import cn.screening.workstation.documents.Fields;
import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.pdf.Canvas;
import cn.screening.workstation.documents.pdf.FormFlow;
import cn.screening.workstation.documents.pdf.Formats;
import cn.screening.workstation.documents.pdf.PdfOutput;
import cn.screening.workstation.documents.pdf.PdfPages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes an up-referral as one A4 page: the counterfoil (存根) the sender keeps on top, a cut line,
 * then the letter the patient carries. Long clinical text shrinks, then is cut, to stay on the page.
 */
public final class ReferralLetterRenderer {

    private static final float MARGIN = Canvas.mm(15);
    private static final float CUT = 270;
    private static final float SIGNATURES_HEIGHT = 62;

    private final DocumentTexts texts = DocumentTexts.chinese();

    public void write(ReferralLetter letter, OutputStream out) throws IOException {
        Fields.required("referralNumber", letter);
        try (PdfPages pages = PdfPages.create(texts.text("referral.title") + " " + letter.referralNumber())) {
            Canvas canvas = pages.newA4Page();
            counterfoil(canvas, letter);
            cutLine(canvas);
            letter(canvas, letter);
            pages.save(out);
        }
    }

    /** Written whole or not at all. */
    public void write(ReferralLetter letter, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(letter, out));
    }

    private void counterfoil(Canvas canvas, ReferralLetter r) throws IOException {
        float width = canvas.width() - 2 * MARGIN;
        canvas.centredText(texts.text("referral.counterfoilTitle"), canvas.width() / 2, MARGIN + 14, 14, true);
        MaskedPatient p = r.patient();
        new FormFlow()
                .pairs(texts.text("form.referralNumber"), r.referralNumber(), texts.text("form.date"), Formats.date(r.signedBy().date()))
                .pairs(texts.text("form.name"), p.maskedName(), texts.text("form.sex"), p.sex(), texts.text("form.age"), p.age(),
                        texts.text("form.caseNumber"), p.caseNumber())
                .pairs(texts.text("referral.to"), Formats.joined(r.receivingInstitution(), r.receivingDepartment()))
                .pairs(texts.text("form.preliminaryDiagnosis"), r.clinical().preliminaryDiagnosis())
                .pairs(texts.text("form.purpose"), r.clinical().purpose())
                .pairs(texts.text("form.urgency"), r.urgency(), texts.text("form.validity"), validity(r))
                .pairs(texts.text("referral.doctor"), r.signedBy().doctor(), texts.text("form.phone"), r.signedBy().phone())
                .draw(canvas, MARGIN, MARGIN + 26, width, CUT - MARGIN - 38);
    }

    private void cutLine(Canvas canvas) throws IOException {
        String cut = texts.text("referral.cutHere");
        float size = 8;
        float textWidth = canvas.metrics().width(cut, size);
        float centre = canvas.width() / 2;
        canvas.dashedLine(MARGIN / 2, CUT, centre - textWidth / 2 - 6, CUT, 0.6f);
        canvas.centredText(cut, centre, CUT + size * 0.35f, size, false);
        canvas.dashedLine(centre + textWidth / 2 + 6, CUT, canvas.width() - MARGIN / 2, CUT, 0.6f);
    }

    private void letter(Canvas canvas, ReferralLetter r) throws IOException {
        float width = canvas.width() - 2 * MARGIN;
        float top = CUT + 18;
        canvas.code128(r.referralNumber(), canvas.width() - MARGIN - 170, top - 4, 170, 22);
        canvas.rightText(r.referralNumber(), canvas.width() - MARGIN - 14, top + 27, 7);
        canvas.centredText(texts.text("referral.title"), canvas.width() / 2, top + 18, 16, true);
        if (r.identity() != null) {
            canvas.boldText(texts.text("referral.personalInfo"), MARGIN, top + 4, 9);
        }
        float y = top + 46;
        canvas.boldText(Formats.joined(r.receivingInstitution(), r.receivingDepartment()) + "：", MARGIN, y, 11);
        y += 16;
        canvas.text(texts.text("referral.intro"), MARGIN + 22, y, 10);
        y += 10;

        MaskedPatient p = r.patient();
        ReferralClinical c = r.clinical();
        float bottom = canvas.height() - MARGIN - SIGNATURES_HEIGHT;
        new FormFlow()
                .pairs(texts.text("form.referralNumber"), r.referralNumber(), texts.text("form.urgency"), r.urgency())
                .pairs(texts.text("form.name"), name(r), texts.text("form.sex"), p.sex(), texts.text("form.age"), p.age(),
                        texts.text("form.caseNumber"), p.caseNumber())
                .pairs(texts.text("form.idNumber"), orNone(idNumber(r)), texts.text("form.validity"), validity(r))
                .paragraph(texts.text("form.preliminaryDiagnosis"), c.preliminaryDiagnosis())
                .paragraph(texts.text("form.purpose"), c.purpose())
                .paragraph(texts.text("form.clinicalSummary"), orNone(c.clinicalSummary()))
                .paragraph(texts.text("form.screeningResults"), orNone(c.screeningResults()))
                .paragraph(texts.text("form.precautions"), orNone(c.precautions()))
                .draw(canvas, MARGIN, y, width, bottom - y);
        signatures(canvas, r, bottom + 18);
        if (r.identity() != null) {
            canvas.text(texts.text("referral.personalInfo.note"), MARGIN, canvas.height() - MARGIN / 2, 7);
        }
    }

    /** The letter half names the patient in full when the caller gave the identity. */
    private static String name(ReferralLetter r) {
        return r.identity() != null ? r.identity().fullName() : r.patient().maskedName();
    }

    private static String idNumber(ReferralLetter r) {
        return r.identity() != null ? r.identity().idNumber() : r.patient().maskedIdNumber();
    }

    private void signatures(Canvas canvas, ReferralLetter r, float baseline) throws IOException {
        float width = canvas.width() - 2 * MARGIN;
        new FormFlow()
                .pairs(texts.text("referral.doctor"), r.signedBy().doctor(), texts.text("form.phone"), r.signedBy().phone())
                .pairs(texts.text("referral.stamp"), r.sendingInstitution())
                .pairs(texts.text("form.patientSignature"), "", texts.text("form.date"), Formats.date(r.signedBy().date()))
                .draw(canvas, MARGIN, baseline - 10, width, SIGNATURES_HEIGHT);
    }

    private String validity(ReferralLetter r) {
        return texts.text("form.validityValue", Formats.date(r.validFrom()), Formats.date(r.validUntil()));
    }

    private String orNone(String text) {
        return text.isEmpty() ? texts.text("form.none") : text;
    }
}
