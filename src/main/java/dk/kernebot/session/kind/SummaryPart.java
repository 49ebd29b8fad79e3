package dk.kernebot.session.kind;

import java.util.List;

/**
 * What one step adds to the summary: a section (heading and lines; an empty-text line when there are none) and
 * what changed since the session this one started from.
 */
public record SummaryPart(String heading, List<Line> lines, List<Line> changes) {

    public record Line(String text) {
    }

    public SummaryPart {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
    }
}
