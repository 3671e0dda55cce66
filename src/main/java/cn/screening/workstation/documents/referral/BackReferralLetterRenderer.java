package cn.screening.workstation.documents.referral;

import cn.screening.workstation.documents.pdf.PdfOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Writes a BackReferralLetter as a one-page A4 PDF. */
public final class BackReferralLetterRenderer {

    public void write(BackReferralLetter letter, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Written whole or not at all. */
    public void write(BackReferralLetter letter, Path file) throws IOException {
        PdfOutput.atomically(file, out -> write(letter, out));
    }
}
