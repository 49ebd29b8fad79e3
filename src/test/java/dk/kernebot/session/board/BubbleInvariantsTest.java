package dk.kernebot.session.board;

import static dk.kernebot.session.board.BoardGeometry.assertInsideCircle;
import static dk.kernebot.session.board.BoardGeometry.assertNoOverlapAndInsideBands;
import static dk.kernebot.session.board.BoardGeometry.groups;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dk.kernebot.session.board.BoardLayout.PlacedBubble;
import dk.kernebot.session.board.Drawing.Circle;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/**
 * However many bobler (1 to 40) and on whichever ring: all of them on the board, none overlapping another, its ring's
 * edges, a ring's name or the legend, its text inside it; and one boble more never makes the board jump.
 */
class BubbleInvariantsTest {

    private static final int MOST = 40;
    private static final BoardLabels DANISH = BoardSamples.labels("da");

    static Stream<Arguments> rings() {
        List<Arguments> rings = new ArrayList<>();
        for (BoardLevel level : BoardLevel.values()) {
            rings.add(Arguments.of(level.name(), new BoardLevel[] {level}));
        }
        rings.add(Arguments.of("all rings in turn", new BoardLevel[] {BoardLevel.INSTITUTION, BoardLevel.KOMMUNAL,
                BoardLevel.NATIONAL, BoardLevel.INTERNATIONAL, BoardLevel.INSTITUTION, BoardLevel.NATIONAL}));
        return rings.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rings")
    void oneToFortyBoblerAllFitWithoutTouchingAnythingAndGrowNoBiggerAsMoreArrive(String name, BoardLevel[] levels) {
        double previousRadius = Double.MAX_VALUE;
        for (int n = 1; n <= MOST; n++) {
            BoardLayout layout = BoardLayout.of(BoardSamples.spread(n, levels), DANISH);
            String board = name + " with " + n;

            assertThat(layout.placed()).as(board).hasSize(n);
            assertNoOverlapAndInsideBands(layout);
            assertClearOfEachOtherByTheGap(layout, board);
            assertClearOfRingNamesAndLegend(layout, board);
            assertTextInsideEveryBoble(layout);
            double radius = BubbleSizeTest.smallestRadius(layout);
            assertThat(BubbleSizeTest.largestRadius(layout)).as(board).isLessThanOrEqualTo(BoardLayout.MAX_BUBBLE_RADIUS);
            assertThat(radius).as(board).isGreaterThanOrEqualTo(BoardLayout.MIN_BUBBLE_RADIUS);
            // A ring keeps its calmer arrangement unless another makes the bobler 8 % larger, so one boble more
            // may be up to that much larger; more would be a jump, as would losing more than a third.
            assertThat(radius).as(board).isLessThanOrEqualTo(1.08 * previousRadius)
                    .isGreaterThanOrEqualTo(previousRadius == Double.MAX_VALUE ? 0 : 0.7 * previousRadius);
            previousRadius = radius;
        }
    }

    private static void assertClearOfEachOtherByTheGap(BoardLayout layout, String board) {
        List<PlacedBubble> placed = layout.placed();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                PlacedBubble a = placed.get(i);
                PlacedBubble b = placed.get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as(board)
                        .isGreaterThanOrEqualTo(a.r() + b.r() + BoardLayout.GAP - 1e-6);
            }
        }
    }

    private static void assertClearOfRingNamesAndLegend(BoardLayout layout, String board) {
        Drawing drawing = layout.drawing(PaperSize.A3);
        List<Text> names = groups(drawing, "rings").get(0).texts();
        Group legend = groups(drawing, "legend").get(0);
        double legendTop = Math.min(
                legend.circles().stream().mapToDouble(c -> c.y() - c.r()).min().orElseThrow(),
                legend.texts().stream().mapToDouble(t -> t.baseline() - 0.8 * t.size()).min().orElseThrow());
        for (PlacedBubble placed : layout.placed()) {
            assertThat(placed.y() + placed.r()).as(board).isLessThan(legendTop);
            for (Text name : names) {
                double left = name.left();
                double right = left + name.font().width(name.text(), name.size());
                double top = name.baseline() - 0.75 * name.size();
                double bottom = name.baseline() + 0.2 * name.size();
                double dx = Math.max(Math.max(left - placed.x(), 0), placed.x() - right);
                double dy = Math.max(Math.max(top - placed.y(), 0), placed.y() - bottom);
                assertThat(Math.hypot(dx, dy)).as("%s: %s vs %s", board, placed.bubble().text(), name.text())
                        .isGreaterThan(placed.r());
            }
        }
    }

    private static void assertTextInsideEveryBoble(BoardLayout layout) {
        for (Group bubble : groups(layout.drawing(PaperSize.A3), "bubble")) {
            Circle shape = bubble.circles().get(0);
            assertThat(bubble.texts()).as(bubble.description()).isNotEmpty();
            assertInsideCircle(bubble.texts(), shape.x(), shape.y(), shape.r());
        }
    }
}
