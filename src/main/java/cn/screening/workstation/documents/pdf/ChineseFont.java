package cn.screening.workstation.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled WenQuanYi Micro Hei, embedded in each PDF as a subset of the glyphs it uses, so the
 * Chinese prints on a machine without any Chinese font and stays extractable (ToUnicode map).
 */
final class ChineseFont implements AutoCloseable {

    static final String RESOURCE = "/cn/screening/workstation/fonts/wqy-microhei.ttc";
    /** Face 0 of the collection; face 1 is the monospaced one. */
    static final String FACE = "WenQuanYiMicroHei";

    // 5 MB read once per process; each document parses its own copy, so renders may run in parallel
    private static volatile byte[] collectionBytes;

    private final TrueTypeCollection collection;
    private final CmapLookup cmap;
    private final PDType0Font font;

    private ChineseFont(TrueTypeCollection collection, CmapLookup cmap, PDType0Font font) {
        this.collection = collection;
        this.cmap = cmap;
        this.font = font;
    }

    /** Loads the face for {@code document}; keep it open until the document is saved (the subset is made then). */
    static ChineseFont loadInto(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes()));
        try {
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                throw new IOException("font face missing from " + RESOURCE + ": " + FACE);
            }
            // looked up once: each lookup of the cmap reads the font's substitution tables again
            return new ChineseFont(collection, face.getUnicodeCmapLookup(), PDType0Font.load(document, face, true));
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    PDType0Font font() {
        return font;
    }

    /** Whether the face draws this character; the few it lacks (e.g. ✂) are printed as '?'. */
    boolean draws(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }

    private static byte[] bytes() {
        byte[] cached = collectionBytes;
        if (cached == null) {
            try (InputStream in = ChineseFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + RESOURCE);
                }
                cached = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            collectionBytes = cached;
        }
        return cached;
    }
}
