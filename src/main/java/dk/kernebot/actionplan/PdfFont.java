package dk.kernebot.actionplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Helvetica from the PDF standard 14, so the export needs no font file on the server. It can only write what
 * WinAnsiEncoding holds (all of Danish, most of Western Europe); anything else becomes '?' instead of an exception.
 */
enum PdfFont {
    REGULAR(Standard14Fonts.FontName.HELVETICA),
    BOLD(Standard14Fonts.FontName.HELVETICA_BOLD),
    ITALIC(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private static final BitSet WRITABLE = writableCharacters();

    private final PDType1Font font;

    PdfFont(Standard14Fonts.FontName name) {
        this.font = new PDType1Font(name);
    }

    PDType1Font pdf() {
        return font;
    }

    float width(String writable, float size) {
        try {
            return font.getStringWidth(writable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text the font can encode: composed accents, every kind of space and line break as a plain space, else '?'. */
    static String writable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.FORMAT) {
                // Soft hyphens, zero-width joiners and direction marks are invisible; drop them rather than show '?'.
                return;
            } else if (c < WRITABLE.size() && WRITABLE.get(c)) {
                out.append((char) c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Breaks writable text into lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(String writable, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : writable.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > width && rest.length() > 1) {
                int fits = 1;
                while (fits < rest.length() && width(rest.substring(0, fits + 1), size) <= width) {
                    fits++;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The characters every Helvetica variant encodes in WinAnsi, checked against the font itself, not assumed. */
    private static BitSet writableCharacters() {
        PDType1Font probe = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        BitSet writable = new BitSet(0x2200);
        for (String glyph : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = GlyphList.getAdobeGlyphList().toUnicode(glyph);
            if (unicode == null || unicode.length() != 1 || Character.isISOControl(unicode.charAt(0))) {
                continue;
            }
            try {
                probe.encode(unicode);
                writable.set(unicode.charAt(0));
            } catch (IOException | IllegalArgumentException notEncodable) {
                // Left out: it will be written as '?'.
            }
        }
        return writable;
    }
}
