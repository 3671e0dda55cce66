package cn.screening.workstation.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Widths, shrink-to-fit and line wrapping in the embedded font, so layouts can measure before they draw. */
public final class TextMetrics {

    private static final String ELLIPSIS = "…";
    /** Chinese punctuation that must not begin a line: it stays with the line before. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)%";

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final ChineseFont font;
    /** Glyph advance per code point at 1 pt, measured once: layouts measure the same characters over and over. */
    private final Map<Integer, Float> advances = new HashMap<>();

    TextMetrics(ChineseFont font) {
        this.font = font;
    }

    ChineseFont font() {
        return font;
    }

    /** The text as the font can draw it: characters it lacks become '?', control characters spaces. */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (font.draws(cp)) {
                out.appendCodePoint(cp);
            } else if (SUPERSCRIPTS.indexOf(cp) >= 0) {
                // 10⁹/L: the face has ¹²³ but not the other superscript digits
                out.append('^').append(SUPERSCRIPTS.indexOf(cp));
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    public float width(String text, float size) {
        float total = 0;
        for (int cp : printable(text).codePoints().toArray()) {
            total += advances.computeIfAbsent(cp, this::advance);
        }
        return total * size;
    }

    private float advance(int codePoint) {
        try {
            return font.font().getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Height above the baseline of the tallest glyphs, for placing a line under a top edge. */
    public float ascent(float size) {
        return font.font().getFontDescriptor().getAscent() / 1000f * size;
    }

    /** The largest size from {@code max} down to {@code min} (half-point steps) at which the text fits. */
    public float fitSize(String text, float max, float min, float maxWidth) {
        float size = max;
        while (size > min && width(text, size) > maxWidth) {
            size -= 0.5f;
        }
        return Math.max(size, min);
    }

    /** The text cut with … so it fits; the whole text when it already does. */
    public String ellipsize(String text, float size, float maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        for (int n = cps.length - 1; n > 0; n--) {
            String cut = new String(cps, 0, n) + ELLIPSIS;
            if (width(cut, size) <= maxWidth) {
                return cut;
            }
        }
        return ELLIPSIS;
    }

    /**
     * Lines no wider than {@code maxWidth}: hard breaks at newlines, soft breaks between Chinese
     * characters or at spaces, a Latin word kept whole unless it alone is too wide.
     */
    public List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph.strip(), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        int[] cps = paragraph.codePoints().toArray();
        if (cps.length == 0) {
            lines.add("");
            return;
        }
        float[] widths = new float[cps.length];
        for (int i = 0; i < cps.length; i++) {
            widths[i] = width(new String(cps, i, 1), size);
        }
        int start = 0;
        while (start < cps.length) {
            int end = start;
            int lastBreak = -1;
            float used = 0;
            while (end < cps.length && used + widths[end] <= maxWidth) {
                used += widths[end];
                end++;
                if (end < cps.length && breakable(cps[end - 1], cps[end])) {
                    lastBreak = end;
                }
            }
            if (end < cps.length) {
                if (lastBreak > start) {
                    end = lastBreak;
                } else if (end == start) {
                    end = start + 1;
                }
                while (end < cps.length && NO_LINE_START.indexOf(cps[end]) >= 0) {
                    end++;
                }
            }
            lines.add(new String(cps, start, end - start).strip());
            start = end;
            while (start < cps.length && cps[start] == ' ') {
                start++;
            }
        }
    }

    private static boolean breakable(int before, int after) {
        return before == ' ' || after == ' ' || wide(before) || wide(after);
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || Character.getType(cp) == Character.OTHER_PUNCTUATION && cp > 0x2E80
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }
}
