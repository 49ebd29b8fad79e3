package dk.kernebot.session.board;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Breaks printable text into lines whose widths may differ line by line (a line inside a circle is a chord). */
final class TextWrapper {

    /** @param complete false when text was left out and the last line ends with an ellipsis */
    record Wrapped(List<String> lines, boolean complete) {
    }

    private TextWrapper() {
    }

    static Wrapped wrap(String text, BoardFont font, double size, IntToDoubleFunction widthOfLine, int maxLines) {
        return wrap(text, font, size, widthOfLine, maxLines, true);
    }

    /**
     * Greedy word wrap. A word wider than its line (Danish compounds like "Kvalitetsudviklingsmodellen") is split
     * with a hyphen instead of spilling over the edge, or, without {@code splitWords}, makes the result incomplete
     * so the caller can try a smaller size first.
     */
    static Wrapped wrap(String text, BoardFont font, double size, IntToDoubleFunction widthOfLine, int maxLines,
            boolean splitWords) {
        List<String> lines = new ArrayList<>();
        if (maxLines <= 0) {
            return new Wrapped(lines, text.isBlank());
        }
        for (String paragraph : text.strip().split("\n")) {
            String[] words = paragraph.strip().split(" +");
            if (words[0].isEmpty()) {
                continue;
            }
            if (lines.size() >= maxLines) {
                return shortened(lines, "", font, size, widthOfLine, maxLines);
            }
            String current = "";
            for (String word : words) {
                String joined = current.isEmpty() ? word : current + " " + word;
                if (fits(joined, font, size, widthOfLine, lines.size())) {
                    current = joined;
                    continue;
                }
                if (!current.isEmpty()) {
                    if (lines.size() + 1 >= maxLines) {
                        return shortened(lines, joined, font, size, widthOfLine, maxLines);
                    }
                    lines.add(current);
                }
                while (!fits(word, font, size, widthOfLine, lines.size())) {
                    if (!splitWords) {
                        return new Wrapped(List.copyOf(lines), false);
                    }
                    if (lines.size() + 1 >= maxLines) {
                        return shortened(lines, word, font, size, widthOfLine, maxLines);
                    }
                    int cut = longestPrefix(word, "-", font, size, widthOfLine.applyAsDouble(lines.size()));
                    lines.add(word.substring(0, cut) + "-");
                    word = word.substring(cut);
                }
                current = word;
            }
            lines.add(current);
        }
        return new Wrapped(List.copyOf(lines), true);
    }

    /** Fills the last allowed line with what fits of {@code head} and marks the cut with an ellipsis. */
    private static Wrapped shortened(List<String> lines, String head, BoardFont font, double size,
            IntToDoubleFunction widthOfLine, int maxLines) {
        while (lines.size() >= maxLines) {
            head = lines.remove(lines.size() - 1);
        }
        double width = widthOfLine.applyAsDouble(lines.size());
        String line = head.strip();
        while (!line.isEmpty() && font.width(line + BoardFont.ELLIPSIS, size) > width) {
            int space = line.lastIndexOf(' ');
            boolean dropWord = space > 0 && font.width(line.substring(0, space) + BoardFont.ELLIPSIS, size) <= width
                    && line.length() - space < 6;
            line = dropWord ? line.substring(0, space) : line.substring(0, line.length() - 1);
            line = line.stripTrailing();
        }
        while (line.endsWith("-") || line.endsWith(",") || line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        lines.add(line + BoardFont.ELLIPSIS);
        return new Wrapped(List.copyOf(lines), false);
    }

    private static boolean fits(String text, BoardFont font, double size, IntToDoubleFunction widthOfLine, int line) {
        return font.width(text, size) <= widthOfLine.applyAsDouble(line);
    }

    /**
     * Where to split a word too long for its line: preferably at a Danish syllable or compound joint, else anywhere,
     * and at least one character, so a line narrower than any letter still makes progress.
     */
    private static int longestPrefix(String word, String suffix, BoardFont font, double size, double width) {
        for (int cut = word.length() - 2; cut >= 2; cut--) {
            if (Syllables.canBreak(word, cut) && font.width(word.substring(0, cut) + suffix, size) <= width) {
                return cut;
            }
        }
        int cut = word.length() - 1;
        while (cut > 1 && font.width(word.substring(0, cut) + suffix, size) > width) {
            cut--;
        }
        return Math.max(1, cut);
    }
}
