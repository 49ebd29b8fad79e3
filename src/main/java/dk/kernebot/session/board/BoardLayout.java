package dk.kernebot.session.board;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.kernebot.session.board.Drawing.Circle;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/**
 * Where everything on the board goes, computed once in A3 points and scaled for larger paper, so the SVG, the PDF
 * and the PNG preview can never disagree.
 */
final class BoardLayout {

    static final double WIDTH = PaperSize.A3.width();
    static final double HEIGHT = PaperSize.A3.height();
    static final double MARGIN = 36;
    /** Below this a boble's text is no longer readable on A3, so such bobler go to the list under the board. */
    static final double MIN_BUBBLE_RADIUS = 16;
    /**
     * Twice what equal rings allowed (45 mm across on A3): readable from across the staff room, and still clearly
     * smaller than the kerneopgave's circle, so a lone boble does not look like a second centre.
     */
    static final double MAX_BUBBLE_RADIUS = 64;
    static final double GAP = 3;
    /** A ring without bobler keeps room for its name with air above and below, so it still reads as a ring. */
    static final double EMPTY_RING = 30;

    private static final DateTimeFormatter DANISH_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final double CENTRE_SHARE = 0.27;
    /** Per ring, inner to outer: a lone boble on the innermost ring sits at six o'clock, the others beside it. */
    private static final double[] PHASES = {0.5, 0.36, 0.64, 0.44};

    /** A ring's band, as distances from the board's centre. */
    record Band(double inner, double outer) {
    }

    /** A boble as drawn, in page coordinates. */
    record PlacedBubble(BoardBubble bubble, double x, double y, double r) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<BoardLevel, Band> bands = new EnumMap<>(BoardLevel.class);
    private final List<PlacedBubble> placed = new ArrayList<>();
    private final List<BoardBubble> overflow = new ArrayList<>();
    private final String title;
    private double centreX;
    private double centreY;
    private double centreRadius;
    private double boardBottom;

    private BoardLayout(Board board, BoardLabels labels, double top) {
        title = board.title();
        double boardTop = titleBlock(board, top);
        board(boardTop, board, labels);
        new Footer(labels, groups).draw(boardBottom, overflow);
    }

    /** Lays the board out twice when needed: the second time moved down so the page is balanced top and bottom. */
    static BoardLayout of(Board board, BoardLabels labels) {
        BoardLayout first = new BoardLayout(board, labels, MARGIN);
        double free = HEIGHT - MARGIN - first.bottom();
        return free > 1 ? new BoardLayout(board, labels, MARGIN + free / 2) : first;
    }

    /** The lowest point anything is drawn at. */
    double bottom() {
        double bottom = 0;
        for (Group group : groups) {
            for (Circle circle : group.circles()) {
                bottom = Math.max(bottom, circle.y() + circle.r());
            }
            for (Text text : group.texts()) {
                bottom = Math.max(bottom, text.baseline() + 0.25 * text.size());
            }
        }
        return bottom;
    }

    /** ISO sizes are rounded to whole millimetres, so A2 is A3 scaled by the width and a hair taller. */
    Drawing drawing(PaperSize paper) {
        double factor = paper.width() / WIDTH;
        return new Drawing(paper.width(), paper.height(), title,
                groups.stream().map(group -> group.scaled(factor)).toList());
    }

    double centreX() {
        return centreX;
    }

    double centreY() {
        return centreY;
    }

    double centreRadius() {
        return centreRadius;
    }

    Band band(BoardLevel level) {
        return bands.get(level);
    }

    List<PlacedBubble> placed() {
        return List.copyOf(placed);
    }

    /** Bobler that did not fit on their ring, in the order they are listed under the board. */
    List<BoardBubble> overflow() {
        return List.copyOf(overflow);
    }

    /** Title, then institution and date; returns where the board starts. */
    private double titleBlock(Board board, double top) {
        List<Text> texts = new ArrayList<>();
        double y = top;
        double width = WIDTH - 2 * MARGIN;
        Fitted heading = Fitted.lines(oneLine(board.title()), BoardFont.BOLD, 24, 15, width, 2);
        for (String line : heading.lines()) {
            texts.add(new Text(line, WIDTH / 2, y + heading.size() * 0.76, heading.size(), BoardFont.BOLD,
                    Palette.TEXT, true));
            y += heading.size() * CircleText.LINE_HEIGHT;
        }
        String subtitle = Stream.of(board.institutionName(), board.date() == null ? null : DANISH_DATE.format(board.date()))
                .filter(part -> part != null)
                .map(BoardLayout::oneLine)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("  \u00B7  "));
        if (!subtitle.isEmpty()) {
            Fitted sub = Fitted.lines(subtitle, BoardFont.REGULAR, 13, 10, width, 1);
            y += 4;
            texts.add(new Text(sub.lines().get(0), WIDTH / 2, y + sub.size() * 0.76, sub.size(), BoardFont.REGULAR,
                    Palette.MUTED, true));
            y += sub.size() * CircleText.LINE_HEIGHT;
        }
        groups.add(new Group("title", board.title(), List.of(), texts));
        return y + 14;
    }

    private void board(double top, Board board, BoardLabels labels) {
        double side = WIDTH - 2 * MARGIN;
        double outer = side / 2;
        centreX = WIDTH / 2;
        centreY = top + side / 2;
        centreRadius = outer * CENTRE_SHARE;
        boardBottom = top + side;
        Map<BoardLevel, List<BoardBubble>> byLevel = board.bubbles().stream()
                .collect(Collectors.groupingBy(BoardBubble::level, () -> new EnumMap<>(BoardLevel.class),
                        Collectors.toList()));
        // Named at the size equal rings gave them, so the four names read alike whatever each ring holds.
        double equalShare = (outer - centreRadius) / BoardLevel.values().length;
        Map<BoardLevel, RingLabel> names = new EnumMap<>(BoardLevel.class);
        for (BoardLevel level : BoardLevel.values()) {
            names.put(level, RingLabel.fit(labels.ring(level), 1.7 * equalShare));
        }
        BandPlanner.Placers placers = (level, band) -> new RingPlacer(band.inner(), band.outer(),
                names.get(level).box(band), MIN_BUBBLE_RADIUS, MAX_BUBBLE_RADIUS, GAP, PHASES[level.ordinal()]);
        Map<BoardLevel, Integer> counts = new EnumMap<>(BoardLevel.class);
        byLevel.forEach((level, bubbles) -> counts.put(level, bubbles.size()));
        bands.putAll(new BandPlanner(centreRadius, outer, EMPTY_RING, MIN_BUBBLE_RADIUS, MAX_BUBBLE_RADIUS, GAP,
                placers).plan(counts));
        rings(names);
        centre(board.kerneopgave(), labels);
        for (BoardLevel level : BoardLevel.values()) {
            List<BoardBubble> ordered = byLevel.getOrDefault(level, List.of()).stream()
                    .sorted(Comparator.comparing(BoardBubble::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            RingPlacer.Placement placement = placers.on(level, bands.get(level)).place(ordered);
            for (RingPlacer.Spot spot : placement.spots()) {
                PlacedBubble bubble = new PlacedBubble(spot.bubble(), centreX + spot.x(), centreY + spot.y(), spot.r());
                placed.add(bubble);
                groups.add(BubbleShape.draw(bubble));
            }
            overflow.addAll(placement.overflow());
        }
    }

    /** The ring discs, and their names at twelve o'clock. */
    private void rings(Map<BoardLevel, RingLabel> names) {
        List<Circle> circles = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        BoardLevel[] levels = BoardLevel.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            Band band = bands.get(levels[i]);
            circles.add(new Circle(centreX, centreY, band.outer(), Palette.ring(levels[i]), Palette.RING_LINE, 0.8));
        }
        circles.add(new Circle(centreX, centreY, centreRadius, Palette.CENTRE_FILL, Palette.CENTRE_LINE, 1.5));
        for (BoardLevel level : levels) {
            RingLabel name = names.get(level);
            texts.add(new Text(name.line(), centreX, centreY + name.baseline(bands.get(level)), name.size(),
                    BoardFont.BOLD, Palette.RING_LABEL, true));
        }
        groups.add(new Group("rings", null, circles, texts));
    }

    private void centre(String kerneopgave, BoardLabels labels) {
        boolean missing = kerneopgave == null || kerneopgave.isBlank();
        String body = BoardFont.printable(missing ? labels.noKerneopgave() : kerneopgave);
        BoardFont bodyFont = missing ? BoardFont.OBLIQUE : BoardFont.REGULAR;
        Fitted heading = Fitted.lines(oneLine(labels.centre()), BoardFont.BOLD, 12, 8, centreRadius * 1.5, 1);
        String headingLine = heading.lines().isEmpty() ? "" : heading.lines().get(0);
        double headingHeight = heading.size() * CircleText.LINE_HEIGHT + 5;
        CircleText.Header header = new CircleText.Header(headingHeight,
                BoardFont.BOLD.width(headingLine, heading.size()));
        CircleText text = CircleText.fit(body, bodyFont, centreRadius, 13, 5.5, size -> header);
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(headingLine, centreX, centreY + text.top() + heading.size() * 0.9, heading.size(),
                BoardFont.BOLD, Palette.RING_LABEL, true));
        for (int i = 0; i < text.lines().size(); i++) {
            texts.add(new Text(text.lines().get(i), centreX, centreY + text.baseline(i), text.size(), bodyFont,
                    missing ? Palette.MUTED : Palette.TEXT, true));
        }
        groups.add(new Group("centre", missing ? null : kerneopgave, List.of(), texts));
    }

    static String oneLine(String text) {
        return BoardFont.printable(text).replace('\n', ' ').strip();
    }
}
