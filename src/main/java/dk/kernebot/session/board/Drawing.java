package dk.kernebot.session.board;

import java.util.List;

/**
 * The finished layout as a list of circles and text lines in page coordinates (points, y pointing down), which the
 * SVG and PDF writers only translate: all measuring and breaking happened before.
 */
record Drawing(double width, double height, String title, List<Group> groups) {

    /**
     * Shapes that belong together; {@code description} is the full, unshortened text for readers of the SVG (null
     * for none).
     */
    record Group(String role, String description, List<Circle> circles, List<Text> texts) {

        Group scaled(double factor) {
            return new Group(role, description,
                    circles.stream().map(c -> c.scaled(factor)).toList(),
                    texts.stream().map(t -> t.scaled(factor)).toList());
        }
    }

    /** {@code stroke} null for none. */
    record Circle(double x, double y, double r, String fill, String stroke, double strokeWidth) {

        Circle scaled(double f) {
            return new Circle(x * f, y * f, r * f, fill, stroke, strokeWidth * f);
        }
    }

    /** One line of printable text; {@code x} is its centre when {@code centred}, else its left end. */
    record Text(String text, double x, double baseline, double size, BoardFont font, String colour, boolean centred) {

        Text scaled(double f) {
            return new Text(text, x * f, baseline * f, size * f, font, colour, centred);
        }

        double left() {
            return centred ? x - font.width(text, size) / 2 : x;
        }
    }
}
