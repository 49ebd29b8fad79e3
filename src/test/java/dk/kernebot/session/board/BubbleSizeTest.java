package dk.kernebot.session.board;

import static dk.kernebot.session.board.BoardGeometry.groups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dk.kernebot.session.board.BoardLayout.PlacedBubble;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/** Bobler use the room the board has: large when few, smaller as more arrive, never below the readable minimum. */
class BubbleSizeTest {

    private static final BoardLabels DANISH = BoardSamples.labels("da");
    private static final String SHORT = "Udeliv hver dag";

    static Stream<Arguments> fewBobler() {
        return Stream.of(
                Arguments.of("one boble", BoardSamples.spread(1, BoardLevel.INSTITUTION), 1.9, 1.45),
                Arguments.of("three on one ring", BoardSamples.spread(3, BoardLevel.KOMMUNAL), 1.9, 1.45),
                Arguments.of("three on two rings",
                        BoardSamples.spread(3, BoardLevel.INSTITUTION, BoardLevel.KOMMUNAL, BoardLevel.INSTITUTION),
                        1.6, 1.45),
                Arguments.of("three on three rings", BoardSamples.typical(3), 1.2, 1.15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fewBobler")
    void fewBoblerAndTheirTextAreLargerThanTwentyFive(String name, Board few, double radiusFactor,
            double textFactor) {
        BoardLayout small = BoardLayout.of(few, DANISH);
        BoardLayout many = BoardLayout.of(BoardSamples.typical(25), DANISH);

        assertThat(many.placed()).hasSize(25);
        assertThat(smallestRadius(small)).isGreaterThanOrEqualTo(radiusFactor * largestRadius(many));
        for (BoardBubble bubble : few.bubbles()) {
            assertThat(textSize(small, bubble.text())).as(bubble.text())
                    .isGreaterThanOrEqualTo(textFactor * textSize(many, bubble.text()));
        }
    }

    static Stream<Arguments> boardsWithDistinctTexts() {
        return Stream.of(Arguments.of(BoardSamples.typical(4)), Arguments.of(BoardSamples.typical(12)),
                Arguments.of(BoardSamples.typical(25)), Arguments.of(BoardSamples.crowded(20, 15, 15, 10)));
    }

    /** The rule before bobler grew: at most 10 pt or 0.34 of the radius, whole words down to 4/5 of that. */
    @ParameterizedTest
    @MethodSource("boardsWithDistinctTexts")
    void noBobleTextIsSmallerThanTheOldRuleGaveAtTheSameRadius(Board board) {
        BoardLayout layout = BoardLayout.of(board, DANISH);

        for (Group bubble : groups(layout.drawing(PaperSize.A3), "bubble")) {
            BoardBubble boble = board.bubbles().stream().filter(b -> b.text().equals(bubble.description()))
                    .findFirst().orElseThrow();
            if (boble.rank() != null) {
                continue;
            }
            double r = bubble.circles().get(0).r();
            double oldMax = Math.min(10, 0.34 * r);
            CircleText old = CircleText.fit(boble.text(), BoardFont.REGULAR, r, oldMax, Math.min(5, oldMax),
                    size -> CircleText.Header.NONE);
            // Sizes are tried in steps, from a start of its own, so the old one may land between two of them.
            assertThat(bubble.texts().get(0).size()).as(boble.text())
                    .isGreaterThanOrEqualTo(old.size() - CircleText.STEP);
        }
    }

    @Test
    void aLoneBobleIsTwiceAsLargeAsEqualRingsAllowed() {
        BoardLayout layout = BoardLayout.of(BoardSamples.spread(1, BoardLevel.NATIONAL), DANISH);

        assertThat(layout.placed()).singleElement().satisfies(placed -> {
            assertThat(placed.r()).isEqualTo(BoardLayout.MAX_BUBBLE_RADIUS);
            assertThat(placed.r()).isGreaterThanOrEqualTo(2 * equalRingsRadius(layout) - 0.5);
        });
    }

    /** Four rings each need a boble's width; equal rings were already as wide as that allows, so text must grow. */
    @Test
    void oneBobleOnEachRingIsNoSmallerThanOnEqualRingsAndShortTextFillsIt() {
        BoardLayout layout = BoardLayout.of(BoardSamples.typical(4), DANISH);

        assertThat(layout.placed()).hasSize(4)
                .allSatisfy(placed -> assertThat(placed.r()).isCloseTo(equalRingsRadius(layout), offset(0.3)));
        assertThat(textSize(layout, SHORT)).isGreaterThanOrEqualTo(0.4 * smallestRadius(layout));
    }

    @Test
    void allBoblerOnABoardShareOneSizeWhileNoRingIsCrowded() {
        BoardLayout layout = BoardLayout.of(BoardSamples.typical(12), DANISH);

        assertThat(largestRadius(layout)).isCloseTo(smallestRadius(layout), offset(0.01));
    }

    @Test
    void aCrowdedRingNoLongerShrinksOnlyItsOwnBoblerWhileTheOthersStayLarge() {
        BoardLayout layout = BoardLayout.of(BoardSamples.crowded(20, 15, 15, 10), DANISH);

        assertThat(layout.placed()).hasSize(60);
        assertThat(largestRadius(layout)).isLessThanOrEqualTo(1.1 * smallestRadius(layout));
        assertThat(smallestRadius(layout)).isGreaterThan(1.2 * BoardLayout.MIN_BUBBLE_RADIUS);
    }

    /** Past the last boble that fits, the ring keeps as many as before and lists only the newcomers. */
    @Test
    void aRingFilledPastItsRoomKeepsAsManyOnTheBoardAsFit() {
        int before = 0;
        for (int n = 36; n <= 52; n++) {
            BoardLayout layout = BoardLayout.of(BoardSamples.spread(n, BoardLevel.INSTITUTION), DANISH);

            assertThat(layout.placed().size() + layout.overflow().size()).isEqualTo(n);
            assertThat(layout.placed().size()).as("placed of %d", n).isGreaterThanOrEqualTo(before);
            before = layout.placed().size();
        }
        assertThat(before).isLessThan(52);
    }

    @Test
    void theRingsShareTheWholeBoardAndAnEmptyRingKeepsRoomForItsName() {
        BoardLayout layout = BoardLayout.of(BoardSamples.spread(5, BoardLevel.KOMMUNAL), DANISH);

        double edge = BoardLayout.WIDTH / 2 - BoardLayout.MARGIN;
        double from = layout.centreRadius();
        for (BoardLevel level : BoardLevel.values()) {
            BoardLayout.Band band = layout.band(level);
            assertThat(band.inner()).as(level.name()).isCloseTo(from, offset(1e-9));
            assertThat(band.outer() - band.inner()).as(level.name())
                    .isGreaterThanOrEqualTo(BoardLayout.EMPTY_RING - 1e-9);
            from = band.outer();
        }
        assertThat(from).isCloseTo(edge, offset(1e-9));
        assertThat(layout.band(BoardLevel.KOMMUNAL).outer() - layout.band(BoardLevel.KOMMUNAL).inner())
                .isGreaterThan(1.5 * (BoardLayout.WIDTH / 2 - BoardLayout.MARGIN - layout.centreRadius()) / 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void everyRingsNameStaysInsideItsRingWhenTheRingIsNarrow(String language) {
        BoardLayout layout = BoardLayout.of(BoardSamples.spread(1, BoardLevel.KOMMUNAL), BoardSamples.labels(language));
        List<Text> names = groups(layout.drawing(PaperSize.A3), "rings").get(0).texts();

        assertThat(layout.band(BoardLevel.INSTITUTION).outer() - layout.band(BoardLevel.INSTITUTION).inner())
                .isLessThan(0.75 * (BoardLayout.WIDTH / 2 - BoardLayout.MARGIN - layout.centreRadius()) / 4);
        for (BoardLevel level : BoardLevel.values()) {
            Text name = names.get(level.ordinal());
            BoardLayout.Band band = layout.band(level);
            double halfWidth = name.font().width(name.text(), name.size()) / 2;
            double nearest = layout.centreY() - (name.baseline() + 0.2 * name.size());
            double farthest = Math.hypot(halfWidth, layout.centreY() - (name.baseline() - 0.75 * name.size()));
            assertThat(name.text()).isNotBlank().doesNotEndWith("…");
            assertThat(nearest).as(name.text()).isGreaterThan(band.inner());
            assertThat(farthest).as(name.text()).isLessThan(band.outer());
        }
    }

    @Test
    void aLongDanishCompoundIsSetLargeAndStillInsideItsBoble() {
        BoardLayout layout = BoardLayout.of(BoardSamples.spread(1, BoardLevel.INSTITUTION), DANISH);
        Group bubble = groups(layout.drawing(PaperSize.A3), "bubble").get(0);
        Drawing.Circle shape = bubble.circles().get(0);

        assertThat(bubble.description()).isEqualTo("Forældresamarbejdsmøderne");
        List<Text> lines = bubble.texts().subList(1, bubble.texts().size());
        assertThat(String.join("", lines.stream().map(Text::text).toList()).replace("-", ""))
                .isEqualTo("Forældresamarbejdsmøderne");
        assertThat(lines.get(0).size()).isGreaterThanOrEqualTo(16);
        BoardGeometry.assertInsideCircle(bubble.texts(), shape.x(), shape.y(), shape.r());
    }

    static double equalRingsRadius(BoardLayout layout) {
        double edge = BoardLayout.WIDTH / 2 - BoardLayout.MARGIN;
        return (edge - layout.centreRadius()) / BoardLevel.values().length / 2 - BoardLayout.GAP;
    }

    static double smallestRadius(BoardLayout layout) {
        return layout.placed().stream().mapToDouble(PlacedBubble::r).min().orElseThrow();
    }

    static double largestRadius(BoardLayout layout) {
        return layout.placed().stream().mapToDouble(PlacedBubble::r).max().orElseThrow();
    }

    /** The size the boble with this text is set in. */
    private static double textSize(BoardLayout layout, String text) {
        Group bubble = groups(layout.drawing(PaperSize.A3), "bubble").stream()
                .filter(group -> group.description().equals(text)).findFirst().orElseThrow();
        return bubble.texts().get(bubble.texts().size() - 1).size();
    }
}
