package dk.kernebot.session.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dk.kernebot.session.board.BoardLayout.PlacedBubble;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/** Geometric checks on a laid-out board, shared by the layout tests. */
final class BoardGeometry {

    private BoardGeometry() {
    }

    static void assertNoOverlapAndInsideBands(BoardLayout layout) {
        List<PlacedBubble> placed = layout.placed();
        for (int i = 0; i < placed.size(); i++) {
            PlacedBubble a = placed.get(i);
            BoardLayout.Band band = layout.band(a.bubble().level());
            double fromCentre = Math.hypot(a.x() - layout.centreX(), a.y() - layout.centreY());
            assertThat(fromCentre - a.r()).as(a.bubble().text()).isGreaterThanOrEqualTo(band.inner());
            assertThat(fromCentre + a.r()).as(a.bubble().text()).isLessThanOrEqualTo(band.outer());
            for (int j = i + 1; j < placed.size(); j++) {
                PlacedBubble b = placed.get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y()))
                        .as("%s and %s", a.bubble().text(), b.bubble().text())
                        .isGreaterThan(a.r() + b.r());
            }
        }
    }

    /** Every corner of every line's box lies within the circle. */
    static void assertInsideCircle(List<Text> texts, double cx, double cy, double r) {
        for (Text text : texts) {
            double left = text.left();
            double right = left + text.font().width(text.text(), text.size());
            for (double x : new double[] {left, right}) {
                for (double y : new double[] {text.baseline() - 0.72 * text.size(), text.baseline() + 0.2 * text.size()}) {
                    assertThat(Math.hypot(x - cx, y - cy)).as(text.text()).isLessThanOrEqualTo(r);
                }
            }
        }
    }

    static List<Group> groups(Drawing drawing, String role) {
        List<Group> found = new ArrayList<>();
        for (Group group : drawing.groups()) {
            if (group.role().equals(role)) {
                found.add(group);
            }
        }
        return found;
    }
}
