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

/** Writes a back-referral (下转单) as one A4 page for the primary institution to file in the health record. */
public final class BackReferralLetterRenderer {

    private static final float MARGIN = Canvas.mm(18);
    private static final float SIGNATURES_HEIGHT = 70;

    private final DocumentTexts texts = DocumentTexts.chinese();

    public void write(BackReferralLetter letter, OutputStream out) throws IOException {
        Fields.required("referralNumber", letter);
        try (PdfPages pages = PdfPages.create(texts.text("backReferral.title") + " " + letter.referralNumber())) {
            Canvas canvas = pages.newA4Page();
            draw(canvas, letter);
            pages.save(out);
        }
    }

    /** Written whole or not at all. */
    public void write(BackReferralLetter letter, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(letter, out));
    }

    private void draw(Canvas canvas, BackReferralLetter b) throws IOException {
        float width = canvas.width() - 2 * MARGIN;
        canvas.code128(b.referralNumber(), canvas.width() - MARGIN - 170, MARGIN - 10, 170, 22);
        canvas.rightText(b.referralNumber(), canvas.width() - MARGIN - 14, MARGIN + 21, 7);
        canvas.centredText(texts.text("backReferral.title"), canvas.width() / 2, MARGIN + 40, 18, true);
        float y = MARGIN + 72;
        canvas.boldText(b.receivingInstitution() + "：", MARGIN, y, 11);
        y += 17;
        canvas.text(texts.text("backReferral.intro"), MARGIN + 22, y, 10);
        y += 12;

        MaskedPatient p = b.patient();
        float bottom = canvas.height() - MARGIN - SIGNATURES_HEIGHT;
        new FormFlow()
                .pairs(texts.text("form.referralNumber"), b.referralNumber(), texts.text("backReferral.inpatientNumber"),
                        orNone(b.inpatientNumber()))
                .pairs(texts.text("form.name"), p.maskedName(), texts.text("form.sex"), p.sex(), texts.text("form.age"), p.age(),
                        texts.text("form.caseNumber"), p.caseNumber())
                .pairs(texts.text("form.idNumber"), orNone(p.maskedIdNumber()))
                .paragraph(texts.text("backReferral.diagnosis"), b.diagnosis())
                .paragraph(texts.text("backReferral.keyResults"), orNone(b.keyResults()))
                .paragraph(texts.text("backReferral.treatmentGiven"), orNone(b.treatmentGiven()))
                .paragraph(texts.text("backReferral.nextPlan"), b.nextPlan())
                .draw(canvas, MARGIN, y, width, bottom - y);

        new FormFlow()
                .pairs(texts.text("backReferral.doctor"), b.signedBy().doctor(), texts.text("form.phone"), b.signedBy().phone())
                .pairs(texts.text("backReferral.stamp"), b.sendingInstitution())
                .pairs(texts.text("form.date"), Formats.date(b.signedBy().date()))
                .draw(canvas, MARGIN, bottom + 8, width, SIGNATURES_HEIGHT - 20);
        canvas.text(texts.text("backReferral.fileNote"), MARGIN, canvas.height() - MARGIN, 8);
    }

    private String orNone(String text) {
        return text.isEmpty() ? texts.text("form.none") : text;
    }
}
