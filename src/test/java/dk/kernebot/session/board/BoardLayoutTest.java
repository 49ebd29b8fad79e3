package dk.kernebot.session.board;

import static dk.kernebot.session.board.BoardGeometry.assertInsideCircle;
import static dk.kernebot.session.board.BoardGeometry.assertNoOverlapAndInsideBands;
import static dk.kernebot.session.board.BoardGeometry.groups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kernebot.session.board.BoardLayout.PlacedBubble;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

class BoardLayoutTest {

    private final BoardLabels labels = BoardSamples.labels("da");

    @Test
    void sixtyBoblerOverAllRingsAllFitWithoutOverlapInsideTheirRing() {
        BoardLayout layout = BoardLayout.of(BoardSamples.crowded(15, 15, 15, 15), labels);

        assertThat(layout.placed()).hasSize(60);
        assertThat(layout.overflow()).isEmpty();
        assertNoOverlapAndInsideBands(layout);
    }

    @Test
    void twentyOnTheInnermostRingStillFitWithoutOverlap() {
        BoardLayout layout = BoardLayout.of(BoardSamples.crowded(20, 15, 15, 10), labels);

        assertThat(layout.placed()).hasSize(60);
        assertThat(layout.overflow()).isEmpty();
        assertNoOverlapAndInsideBands(layout);
        assertThat(layout.placed()).allSatisfy(placed ->
                assertThat(placed.r()).isGreaterThanOrEqualTo(BoardLayout.MIN_BUBBLE_RADIUS));
    }

    @Test
    void aRingThatCannotHoldThemAllListsTheLeastImportantUnderTheBoard() {
        Board board = BoardSamples.crowded(80, 1, 0, 0);
        BoardLayout layout = BoardLayout.of(board, labels);

        assertThat(layout.overflow()).isNotEmpty();
        assertThat(layout.placed().size() + layout.overflow().size()).isEqualTo(81);
        assertNoOverlapAndInsideBands(layout);
        int lowestPlacedPriority = layout.placed().stream()
                .filter(p -> p.bubble().level() == BoardLevel.INSTITUTION && p.bubble().rank() != null)
                .mapToInt(p -> p.bubble().rank()).max().orElseThrow();
        assertThat(layout.overflow()).allSatisfy(bubble ->
                assertThat(bubble.rank() == null || bubble.rank() > lowestPlacedPriority).isTrue());
        List<Group> listed = groups(layout.drawing(PaperSize.A3), "overflow");
        assertThat(listed).extracting(Group::description)
                .containsExactlyElementsOf(layout.overflow().stream().map(BoardBubble::text).toList());
        assertThat(listed.get(0).texts()).extracting(Text::text).contains("1.");
    }

    @Test
    void hundredsOfBoblerStayOnThePageAndTheListEndsInAnEllipsis() {
        BoardLayout layout = BoardLayout.of(BoardSamples.crowded(300, 0, 0, 0), labels);

        assertThat(layout.bottom()).isLessThanOrEqualTo(BoardLayout.HEIGHT);
        List<Group> listed = groups(layout.drawing(PaperSize.A3), "overflow");
        assertThat(listed.size()).isLessThan(layout.overflow().size());
        assertThat(listed.get(listed.size() - 1).texts()).extracting(Text::text).containsExactly("…");
        assertNoOverlapAndInsideBands(layout);
    }

    @Test
    void rankedBoblerComeFirstClockwiseFromTheLabelInRankOrder() {
        Board board = new Board("Rækkefølge", null, null, null, List.of(
                new BoardBubble("uden nummer", BoardLevel.KOMMUNAL, null, false),
                new BoardBubble("tredje", BoardLevel.KOMMUNAL, 3, false),
                new BoardBubble("første", BoardLevel.KOMMUNAL, 1, false),
                new BoardBubble("anden", BoardLevel.KOMMUNAL, 2, false)));
        BoardLayout layout = BoardLayout.of(board, labels);

        List<String> clockwise = layout.placed().stream()
                .sorted(Comparator.comparingDouble(p -> clockwiseAngle(layout, p)))
                .map(p -> p.bubble().text())
                .toList();
        assertThat(clockwise).containsExactly("første", "anden", "tredje", "uden nummer");
    }

    @Test
    void boblerKeepClearOfTheRingLabels() {
        BoardLayout layout = BoardLayout.of(BoardSamples.crowded(20, 20, 20, 20), labels);
        List<Text> ringLabels = groups(layout.drawing(PaperSize.A3), "rings").get(0).texts();

        assertThat(ringLabels).hasSize(4);
        for (Text label : ringLabels) {
            double left = label.left();
            double right = left + label.font().width(label.text(), label.size());
            double top = label.baseline() - 0.75 * label.size();
            double bottom = label.baseline() + 0.2 * label.size();
            for (PlacedBubble placed : layout.placed()) {
                double dx = Math.max(Math.max(left - placed.x(), 0), placed.x() - right);
                double dy = Math.max(Math.max(top - placed.y(), 0), placed.y() - bottom);
                assertThat(Math.hypot(dx, dy)).as("%s vs %s", placed.bubble().text(), label.text())
                        .isGreaterThan(placed.r());
            }
        }
    }

    @Test
    void aKerneopgaveOf600CharactersFitsWholeInsideTheCentre() {
        String kerneopgave = (BoardSamples.KERNEOPGAVE + " ").repeat(4).substring(0, 600).strip();
        BoardLayout layout = BoardLayout.of(new Board("Lang", null, kerneopgave, null, List.of()), labels);

        Group centre = groups(layout.drawing(PaperSize.A3), "centre").get(0);
        List<Text> lines = centre.texts().subList(1, centre.texts().size());
        assertThat(String.join(" ", lines.stream().map(Text::text).toList())).isEqualTo(kerneopgave);
        assertThat(lines.get(0).size()).isGreaterThanOrEqualTo(5.5);
        assertInsideCircle(centre.texts(), layout.centreX(), layout.centreY(), layout.centreRadius());
    }

    @Test
    void everyBobleTextLineStaysInsideItsBoble() {
        BoardLayout layout = BoardLayout.of(BoardSamples.aalborg(), labels);
        List<Group> bubbles = groups(layout.drawing(PaperSize.A3), "bubble");

        assertThat(bubbles).hasSize(BoardSamples.aalborg().bubbles().size());
        for (Group bubble : bubbles) {
            Drawing.Circle shape = bubble.circles().get(0);
            assertThat(bubble.texts()).isNotEmpty();
            assertInsideCircle(bubble.texts(), shape.x(), shape.y(), shape.r());
        }
    }

    @Test
    void aVeryLongBobleIsShortenedWithAnEllipsisAndStillFits() {
        // A lone boble is large, so the essay must be far longer than any boble to still need shortening.
        String essay = "Vi arbejder med at skabe et godt børnemiljø ".repeat(40);
        BoardLayout layout = BoardLayout.of(new Board("Lang boble", null, null, null,
                List.of(new BoardBubble(essay, BoardLevel.NATIONAL, 1, true))), labels);

        Group bubble = groups(layout.drawing(PaperSize.A3), "bubble").get(0);
        List<Text> texts = bubble.texts();
        assertThat(texts.get(texts.size() - 1).text()).endsWith("…");
        assertThat(bubble.description()).isEqualTo(essay);
        assertInsideCircle(texts, bubble.circles().get(0).x(), bubble.circles().get(0).y(), bubble.circles().get(0).r());
    }

    @Test
    void inPracticeBoblerAreFilledWithTheHighlightColour() {
        BoardLayout layout = BoardLayout.of(BoardSamples.aalborg(), labels);

        for (Group bubble : groups(layout.drawing(PaperSize.A3), "bubble")) {
            boolean inPractice = BoardSamples.aalborg().bubbles().stream()
                    .filter(b -> b.text().equals(bubble.description())).findFirst().orElseThrow().inPractice();
            assertThat(bubble.circles().get(0).fill())
                    .isEqualTo(inPractice ? Palette.PRACTICE_FILL : Palette.BUBBLE_FILL);
        }
    }

    @Test
    void a2IsTheA3LayoutScaledUp() {
        BoardLayout layout = BoardLayout.of(BoardSamples.aalborg(), labels);
        Drawing a3 = layout.drawing(PaperSize.A3);
        Drawing a2 = layout.drawing(PaperSize.A2);
        double factor = PaperSize.A2.width() / PaperSize.A3.width();

        Drawing.Circle small = groups(a3, "bubble").get(3).circles().get(0);
        Drawing.Circle large = groups(a2, "bubble").get(3).circles().get(0);
        assertThat(large.x()).isCloseTo(small.x() * factor, offset(1e-9));
        assertThat(large.r()).isCloseTo(small.r() * factor, offset(1e-9));
        assertThat(a2.height()).isEqualTo(PaperSize.A2.height());
    }

    @Test
    void theBoardIsCentredOnThePageWhenNothingOverflows() {
        BoardLayout layout = BoardLayout.of(BoardSamples.aalborg(), labels);
        Drawing drawing = layout.drawing(PaperSize.A3);
        double top = groups(drawing, "title").get(0).texts().get(0).baseline() - 24 * 0.76;

        assertThat(top - BoardLayout.MARGIN).isCloseTo(BoardLayout.HEIGHT - BoardLayout.MARGIN - layout.bottom(),
                offset(1.0));
        assertThat(top).isGreaterThan(BoardLayout.MARGIN + 50);
    }

    @Test
    void anEmptyBoardHasNoBoblerButStillItsRingsAndCentre() {
        BoardLayout layout = BoardLayout.of(new Board("Tom", null, null, null, List.of()), labels);
        Drawing drawing = layout.drawing(PaperSize.A3);

        assertThat(layout.placed()).isEmpty();
        assertThat(groups(drawing, "rings").get(0).circles()).hasSize(5);
        List<String> centre = groups(drawing, "centre").get(0).texts().stream().map(Text::text).toList();
        assertThat(centre.get(0)).isEqualTo("Vores kerneopgave");
        assertThat(String.join(" ", centre.subList(1, centre.size()))).isEqualTo("Kerneopgaven er ikke formuleret endnu");
        assertThat(groups(drawing, "centre").get(0).texts().get(1).font()).isEqualTo(BoardFont.OBLIQUE);
    }

    private static double clockwiseAngle(BoardLayout layout, PlacedBubble placed) {
        double angle = Math.atan2(placed.x() - layout.centreX(), layout.centreY() - placed.y());
        return angle < 0 ? angle + 2 * Math.PI : angle;
    }
}
