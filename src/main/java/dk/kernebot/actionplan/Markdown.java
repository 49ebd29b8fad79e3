package dk.kernebot.actionplan;

import java.util.regex.Pattern;

/** Makes user text inert inside a Markdown document: it reads the same, but can open no heading, list, table or tag. */
final class Markdown {

    /** Characters that change meaning anywhere in a line (emphasis, code, links, tables, HTML, entities, headings). */
    private static final String INLINE = "\\`*_[]<>|~#&";
    /** At the start of a line these turn the text into a list item, a quote or a heading underline. */
    private static final String LINE_START = "-+=";
    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s+");

    private Markdown() {
    }

    /** One line of text: line breaks in user text become spaces, since a heading or table cell is one line. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (i == 0 && LINE_START.indexOf(c) >= 0)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return ORDERED_LIST.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
