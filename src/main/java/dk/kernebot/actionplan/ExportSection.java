package dk.kernebot.actionplan;

/**
 * A text one of the plan's sessions wrote for the world outside, printed in the export before the goals: the
 * evaluation of a læreplanstema that the dagtilbudslov says must be published. Paragraphs are separated by blank lines.
 */
public record ExportSection(String heading, String text) {

    public ExportSection {
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }

    /** The text's paragraphs, without the blank lines between them. */
    public java.util.List<String> paragraphs() {
        return java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
