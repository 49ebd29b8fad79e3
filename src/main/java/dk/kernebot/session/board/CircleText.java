package dk.kernebot.session.board;

import java.util.List;

/**
 * Text set inside a circle: the largest font size between a maximum and a minimum at which all of it fits, or the
 * minimum size with the end cut off. An optional header (a rank badge, a heading) sits above the lines.
 *
 * @param top y of the block's top edge relative to the circle's centre (negative: above it)
 */
record CircleText(double size, double lineHeight, double top, double headerHeight, List<String> lines,
        boolean complete) {

    static final double LINE_HEIGHT = 1.2;
    private static final double ASCENT = 0.76;
    private static final double DESCENT = 0.22;
    static final double STEP = 0.25;
    private static final double WHOLE_WORDS_SHARE = 0.8;

    /** Room the header needs at a given font size. */
    record Header(double height, double width) {
        static final Header NONE = new Header(0, 0);
    }

    @FunctionalInterface
    interface HeaderAtSize {
        Header at(double size);
    }

    /** Baseline of line {@code index}, relative to the circle's centre. */
    double baseline(int index) {
        return baseline(top + headerHeight, index, size, lineHeight);
    }

    static CircleText fit(String text, BoardFont font, double radius, double maxSize, double minSize,
            HeaderAtSize header) {
        // Whole words at a somewhat smaller size read better than split words, but not when they become tiny.
        return fit(text, font, radius, maxSize, minSize, maxSize * WHOLE_WORDS_SHARE, header);
    }

    /** As above, but whole words are preferred down to {@code wholeWordsDownTo}, split words below it. */
    static CircleText fit(String text, BoardFont font, double radius, double maxSize, double minSize,
            double wholeWordsDownTo, HeaderAtSize header) {
        double usable = radius - Math.max(1.5, radius * 0.08);
        double wholeWordsFloor = Math.min(maxSize, Math.max(minSize, wholeWordsDownTo));
        for (boolean splitWords : new boolean[] {false, true}) {
            for (double size : sizes(maxSize, splitWords ? minSize : wholeWordsFloor)) {
                int mostLines = mostLines(usable, size, header.at(size));
                for (int n = text.isBlank() ? 0 : 1; n <= mostLines; n++) {
                    CircleText candidate = attempt(text, font, usable, size, header.at(size), n, splitWords);
                    if (candidate != null && candidate.complete()) {
                        return candidate;
                    }
                }
            }
        }
        CircleText best = null;
        Header head = header.at(minSize);
        for (int n = 1; n <= mostLines(usable, minSize, head); n++) {
            CircleText candidate = attempt(text, font, usable, minSize, head, n, true);
            if (candidate != null && (best == null || chars(candidate) > chars(best))) {
                best = candidate;
            }
        }
        return best != null ? best
                : new CircleText(minSize, minSize * LINE_HEIGHT, -head.height() / 2, head.height(), List.of(), false);
    }

    /** From the largest size down in small steps, ending exactly at the smallest. */
    private static double[] sizes(double maxSize, double minSize) {
        int steps = (int) Math.max(0, Math.ceil((maxSize - minSize) / STEP - 1e-9));
        double[] sizes = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            sizes[i] = maxSize - i * STEP;
        }
        sizes[steps] = minSize;
        return sizes;
    }

    private static int mostLines(double usable, double size, Header head) {
        return (int) Math.floor((2 * usable - head.height()) / (size * LINE_HEIGHT));
    }

    /** Null when the header or some line would not fit its chord at all. */
    private static CircleText attempt(String text, BoardFont font, double usable, double size, Header head, int n,
            boolean splitWords) {
        double lineHeight = size * LINE_HEIGHT;
        double top = -(head.height() + n * lineHeight) / 2;
        if (head.height() > 0 && chord(usable, top, top + head.height()) < head.width()) {
            return null;
        }
        double first = top + head.height();
        double[] widths = new double[n];
        for (int i = 0; i < n; i++) {
            double base = baseline(first, i, size, lineHeight);
            widths[i] = chord(usable, base - ASCENT * size, base + DESCENT * size);
            if (widths[i] < size * 2) {
                return null;
            }
        }
        TextWrapper.Wrapped wrapped = TextWrapper.wrap(text, font, size, i -> widths[i], n, splitWords);
        return new CircleText(size, lineHeight, top, head.height(), wrapped.lines(), wrapped.complete());
    }

    private static double baseline(double first, int index, double size, double lineHeight) {
        return first + index * lineHeight + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
    }

    /** Width of the horizontal strip between y1 and y2 that lies wholly inside the circle. */
    static double chord(double radius, double y1, double y2) {
        double far = Math.max(Math.abs(y1), Math.abs(y2));
        return far >= radius ? 0 : 2 * Math.sqrt(radius * radius - far * far);
    }

    private static int chars(CircleText text) {
        return text.lines().stream().mapToInt(String::length).sum();
    }
}
