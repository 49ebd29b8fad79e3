package dk.kernebot.session.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cuts a long summary into cards: the sections in order, a page closed when the next line would pass the page's
 * number of lines or characters, and a section that goes on over a page break headed "(fortsat)" on the next.
 * A page always takes at least one line, so a single long line cannot stop the paging.
 */
final class SummaryPages {

    private SummaryPages() {
    }

    /** The number of lines in all sections (a section without lines counts as one: its heading). */
    static int lines(List<SummaryStep.Section> sections) {
        return sections.stream().mapToInt(s -> Math.max(1, s.lines().size())).sum();
    }

    /** The pages, at least one (empty when there is nothing to sum up). */
    static List<List<SummaryStep.Section>> split(List<SummaryStep.Section> sections, int maxLines, int maxChars,
                                                 UnaryOperator<String> continued) {
        List<List<SummaryStep.Section>> pages = new ArrayList<>();
        List<SummaryStep.Section> page = new ArrayList<>();
        int lines = 0;
        int chars = 0;
        for (SummaryStep.Section section : sections) {
            List<SummaryPart.Line> part = new ArrayList<>();
            String heading = section.heading();
            for (SummaryPart.Line line : section.lines()) {
                int size = line.text().length();
                if (lines > 0 && (lines + 1 > maxLines || chars + size > maxChars)) {
                    if (!part.isEmpty()) {
                        page.add(new SummaryStep.Section(heading, part));
                        heading = continued.apply(section.heading());
                        part = new ArrayList<>();
                    }
                    pages.add(page);
                    page = new ArrayList<>();
                    lines = 0;
                    chars = 0;
                }
                part.add(line);
                lines++;
                chars += size;
            }
            page.add(new SummaryStep.Section(heading, part));
            lines += section.lines().isEmpty() ? 1 : 0;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
