package dk.kernebot.session.board;

import java.util.ArrayList;
import java.util.List;

import dk.kernebot.session.board.Drawing.Circle;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/**
 * What goes under the board: the legend, and a numbered list of the bobler a ring had no room for, so nothing the
 * group wrote is lost even when the board is full.
 */
final class Footer {

    private static final double LEGEND_SIZE = 10;
    private static final double SWATCH = 7;
    private static final double MAX_LIST = 9;
    private static final double MIN_LIST = 6;
    private static final double COLUMN_GAP = 24;
    private static final int COLUMNS = 2;
    private static final int LINES_PER_ENTRY = 2;

    private final BoardLabels labels;
    private final List<Group> groups;

    Footer(BoardLabels labels, List<Group> groups) {
        this.labels = labels;
        this.groups = groups;
    }

    void draw(double boardBottom, List<BoardBubble> overflow) {
        double legendY = boardBottom + 20;
        legend(legendY);
        if (!overflow.isEmpty()) {
            list(legendY + 22, overflow);
        }
    }

    private void legend(double y) {
        double width = BoardLayout.WIDTH - 2 * BoardLayout.MARGIN;
        String practice = BoardLayout.oneLine(labels.inPracticeLegend());
        String rank = BoardLayout.oneLine(labels.rankLegend());
        double size = LEGEND_SIZE;
        while (size > 7 && legendWidth(practice, rank, size) > width) {
            size -= 0.5;
        }
        double x = (BoardLayout.WIDTH - Math.min(width, legendWidth(practice, rank, size))) / 2;
        List<Circle> circles = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        circles.add(new Circle(x + SWATCH, y, SWATCH, Palette.PRACTICE_FILL, Palette.PRACTICE_LINE, 1.4));
        texts.add(new Text(practice, x + 2 * SWATCH + 6, y + 0.36 * size, size, BoardFont.REGULAR, Palette.TEXT,
                false));
        x += itemWidth(practice, size) + 30;
        circles.add(new Circle(x + SWATCH, y, SWATCH, Palette.BADGE_FILL, null, 0));
        texts.add(BubbleShape.rankNumber("1", x + SWATCH, y, SWATCH));
        texts.add(new Text(rank, x + 2 * SWATCH + 6, y + 0.36 * size, size, BoardFont.REGULAR, Palette.TEXT, false));
        groups.add(new Group("legend", null, circles, texts));
    }

    private static double legendWidth(String practice, String rank, double size) {
        return itemWidth(practice, size) + 30 + itemWidth(rank, size);
    }

    private static double itemWidth(String text, double size) {
        return 2 * SWATCH + 6 + BoardFont.REGULAR.width(text, size);
    }

    /** Two columns under the legend; the font shrinks to fit, and past the smallest size the list ends in "…". */
    private void list(double top, List<BoardBubble> overflow) {
        double height = BoardLayout.HEIGHT - BoardLayout.MARGIN - top;
        double columnWidth = (BoardLayout.WIDTH - 2 * BoardLayout.MARGIN - COLUMN_GAP) / COLUMNS;
        for (double size = MAX_LIST; ; size -= 0.5) {
            boolean last = size <= MIN_LIST;
            double lineHeight = size * 1.25;
            int perColumn = (int) Math.floor(height / lineHeight);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < overflow.size(); i++) {
                entries.add(entry(i + 1, overflow.get(i), size, columnWidth));
            }
            int total = entries.stream().mapToInt(entry -> entry.lines().size()).sum();
            // Balanced columns when they fit, else as full as the page allows.
            List<Entry> placed = pack(entries, (total + COLUMNS - 1) / COLUMNS + LINES_PER_ENTRY - 1, perColumn, false);
            if (placed.size() < entries.size()) {
                placed = pack(entries, perColumn, perColumn, last);
            }
            boolean all = placed.size() == entries.size();
            if (all || last) {
                double x0 = BoardLayout.MARGIN;
                for (Entry entry : placed) {
                    groups.add(entry.draw(x0 + entry.column() * (columnWidth + COLUMN_GAP),
                            top + entry.row() * lineHeight, size, lineHeight));
                }
                if (!all) {
                    Entry end = placed.isEmpty() ? new Entry(0, null, List.of(), COLUMNS - 1, 0)
                            : placed.get(placed.size() - 1);
                    groups.add(new Group("overflow", null, List.of(), List.of(new Text(BoardFont.ELLIPSIS,
                            x0 + end.column() * (columnWidth + COLUMN_GAP),
                            top + (end.row() + end.lines().size()) * lineHeight + size * 0.9,
                            size, BoardFont.REGULAR, Palette.TEXT, false))));
                }
                return;
            }
        }
    }

    /**
     * Fills the columns in order, at most {@code target} lines each (never more than {@code perColumn}); with
     * {@code reserveEnd} the last column keeps one line free for the closing ellipsis.
     */
    private static List<Entry> pack(List<Entry> entries, int target, int perColumn, boolean reserveEnd) {
        List<Entry> placed = new ArrayList<>();
        int column = 0;
        int row = 0;
        for (Entry entry : entries) {
            int room = Math.min(target, perColumn) - (reserveEnd && column == COLUMNS - 1 ? 1 : 0);
            if (row + entry.lines().size() > room) {
                column++;
                row = 0;
                room = Math.min(target, perColumn) - (reserveEnd && column == COLUMNS - 1 ? 1 : 0);
            }
            if (column >= COLUMNS || entry.lines().size() > room) {
                break;
            }
            placed.add(entry.at(column, row));
            row += entry.lines().size();
        }
        return placed;
    }

    private Entry entry(int number, BoardBubble bubble, double size, double columnWidth) {
        String text = BoardLayout.oneLine(labels.ring(bubble.level())) + ": " + BoardLayout.oneLine(bubble.text());
        double indent = indent(size);
        List<String> lines = TextWrapper.wrap(text, BoardFont.REGULAR, size, line -> columnWidth - indent,
                LINES_PER_ENTRY).lines();
        return new Entry(number, bubble, lines.isEmpty() ? List.of("") : lines, 0, 0);
    }

    private static double indent(double size) {
        return BoardFont.REGULAR.width("99.", size) + 4 + 2 * swatch(size) + 5;
    }

    private static double swatch(double size) {
        return size * 0.65;
    }

    private record Entry(int number, BoardBubble bubble, List<String> lines, int column, int row) {

        Entry at(int column, int row) {
            return new Entry(number, bubble, lines, column, row);
        }

        Group draw(double x, double top, double size, double lineHeight) {
            double baseline = top + size * 0.9;
            double numberWidth = BoardFont.REGULAR.width("99.", size);
            String label = number + ".";
            List<Circle> circles = new ArrayList<>();
            List<Text> texts = new ArrayList<>();
            texts.add(new Text(label, x + numberWidth - BoardFont.REGULAR.width(label, size), baseline, size,
                    BoardFont.REGULAR, Palette.TEXT, false));
            double r = swatch(size);
            double swatchX = x + numberWidth + 4 + r;
            double swatchY = baseline - 0.36 * size;
            circles.add(bubble.inPractice()
                    ? new Circle(swatchX, swatchY, r, Palette.PRACTICE_FILL, Palette.PRACTICE_LINE, 1)
                    : new Circle(swatchX, swatchY, r, Palette.BUBBLE_FILL, Palette.BUBBLE_LINE, 0.8));
            if (bubble.rank() != null) {
                circles.add(new Circle(swatchX, swatchY, r * 0.8, Palette.BADGE_FILL, null, 0));
                texts.add(BubbleShape.rankNumber(String.valueOf(bubble.rank()), swatchX, swatchY, r * 0.8));
            }
            for (int i = 0; i < lines.size(); i++) {
                texts.add(new Text(lines.get(i), x + indent(size), baseline + i * lineHeight, size, BoardFont.REGULAR,
                        Palette.TEXT, false));
            }
            return new Group("overflow", bubble.text(), circles, texts);
        }
    }
}
