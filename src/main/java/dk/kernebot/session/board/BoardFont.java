package dk.kernebot.session.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The three faces of Helvetica the board uses, with their metrics.
 *
 * <p>Standard 14 fonts need no font file, so the PDF works on a server without fonts, and WinAnsiEncoding covers
 * Danish. The widths are read once into plain arrays: PDFBox font objects are not made for sharing between threads,
 * and the SVG is wrapped with the very same numbers so both outputs break lines alike.
 */
enum BoardFont {
    REGULAR(Standard14Fonts.FontName.HELVETICA),
    BOLD(Standard14Fonts.FontName.HELVETICA_BOLD),
    OBLIQUE(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    static final char REPLACEMENT = '?';
    static final String ELLIPSIS = "\u2026";

    /** Above the highest code point WinAnsiEncoding maps (the trade mark sign). */
    private static final int LIMIT = 0x2123;

    private final Standard14Fonts.FontName name;
    private final float[] widths;

    BoardFont(Standard14Fonts.FontName name) {
        this.name = name;
        this.widths = widths(new PDType1Font(name));
    }

    /** A fresh PDFBox font for one document. */
    PDType1Font pdfFont() {
        return new PDType1Font(name);
    }

    boolean bold() {
        return this == BOLD;
    }

    boolean italic() {
        return this == OBLIQUE;
    }

    /** Width in points of text that went through {@link #printable}. */
    double width(String text, double size) {
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            total += c < LIMIT && WinAnsi.ENCODABLE[c] ? widths[c] : widths[REPLACEMENT];
        }
        return total * size / 1000;
    }

    /**
     * Text the font can show: composed accents (a typed "å" may arrive as a + ring), whitespace as plain spaces,
     * invisible joiners and variation selectors dropped, anything else the encoding lacks (emoji, "ł", Chinese)
     * as '?'. Line breaks survive so a kerneopgave can keep its paragraphs.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (invisible(cp)) {
                return;
            } else if (cp < LIMIT && WinAnsi.ENCODABLE[cp]) {
                out.append((char) cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x00AD;
    }

    /** A holder, because an enum's own static fields are not yet set while its constants are built. */
    private static final class WinAnsi {
        static final boolean[] ENCODABLE = encodable();
    }

    private static boolean[] encodable() {
        boolean[] encodable = new boolean[LIMIT];
        for (String glyph : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = GlyphList.getAdobeGlyphList().toUnicode(glyph);
            if (unicode != null && unicode.length() == 1 && unicode.charAt(0) < LIMIT) {
                encodable[unicode.charAt(0)] = true;
            }
        }
        return encodable;
    }

    private static float[] widths(PDType1Font font) {
        float[] widths = new float[LIMIT];
        try {
            for (char c = 0; c < LIMIT; c++) {
                if (WinAnsi.ENCODABLE[c]) {
                    widths[c] = font.getStringWidth(String.valueOf(c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Helvetica metrics are part of PDFBox and cannot be missing", e);
        }
        return widths;
    }
}
