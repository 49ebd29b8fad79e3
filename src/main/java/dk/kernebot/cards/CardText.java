package dk.kernebot.cards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes user text show literally in a TextBlock, which would otherwise render it as markdown. */
public final class CardText {

    /** Characters that start emphasis, links, code or escapes anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\*_\\[\\]`~])");
    /**
     * Line starts that would become a list or a heading: "- ", "+ ", "# ", "1. ". Only spaces and tabs before the
     * marker: with any whitespace (line breaks too) every line start would rescan all the blank lines after it, which
     * is quadratic in a text of many newlines.
     */
    private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)([-+#]|\\d+\\.)(?=\\s)");

    private CardText() {
    }

    public static String escapeMarkdown(String text) {
        if (text == null) {
            return null;
        }
        Matcher lineStart = LINE_START.matcher(INLINE.matcher(text).replaceAll("\\\\$1"));
        StringBuilder out = new StringBuilder();
        while (lineStart.find()) {
            String marker = lineStart.group(2);
            String escaped = marker.endsWith(".")
                    ? marker.substring(0, marker.length() - 1) + "\\."
                    : "\\" + marker;
            lineStart.appendReplacement(out, Matcher.quoteReplacement(lineStart.group(1) + escaped));
        }
        lineStart.appendTail(out);
        return out.toString();
    }

    /**
     * At most {@code max} characters, ending in "…" when cut, and never cut inside a character: half of an emoji's
     * surrogate pair would show as a broken glyph (and some JSON writers refuse it).
     */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
