package cn.screening.workstation.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells UTF-8 from GBK by decoding strictly: Excel in a Chinese office saves "CSV" as GBK and
 * "CSV UTF-8" with a BOM, and a GBK file is almost never valid UTF-8. GB18030 reads GBK exactly
 * and is its superset.
 */
final class TextEncodingDetector {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncodingDetector() {
    }

    /** The charset the bytes decode in without error, or empty when they are not text. */
    static Optional<Charset> detect(byte[] prefix, boolean wholeFile) {
        if (FileSignature.UTF8_BOM.matches(prefix)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        // Excel's "Unicode text" is UTF-16 with a BOM; the UTF_16 decoder reads the BOM itself.
        if (FileSignature.UTF16LE_BOM.matches(prefix) || FileSignature.UTF16BE_BOM.matches(prefix)) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        for (byte b : prefix) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            Optional<CharBuffer> text = decodeStrictly(prefix, charset, wholeFile);
            if (text.isPresent()) {
                return looksLikeText(text.get()) ? Optional.of(charset) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes a prefix; a character cut off at the prefix's end is not an error. */
    private static Optional<CharBuffer> decodeStrictly(byte[] bytes, Charset charset, boolean wholeFile) {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, wholeFile);
        if (result.isError()) {
            return Optional.empty();
        }
        if (wholeFile && (decoder.flush(out).isError())) {
            return Optional.empty();
        }
        return Optional.of(out.flip());
    }

    /** Control characters other than tab and line breaks mean a binary file that happened to decode. */
    private static boolean looksLikeText(CharBuffer text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                controls++;
            }
        }
        return controls <= Math.max(2, text.length() / 100);
    }
}
