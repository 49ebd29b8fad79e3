package dk.kernebot.session.board;

import java.util.List;

/** Text set in a column of fixed width: the largest size that needs at most {@code maxLines}, else shortened. */
record Fitted(double size, List<String> lines) {

    private static final double STEP = 0.5;

    static Fitted lines(String text, BoardFont font, double maxSize, double minSize, double width, int maxLines) {
        TextWrapper.Wrapped wrapped = null;
        double size = maxSize;
        for (; size >= minSize - 1e-9; size -= STEP) {
            wrapped = TextWrapper.wrap(text, font, size, line -> width, maxLines);
            if (wrapped.complete()) {
                return new Fitted(size, wrapped.lines());
            }
        }
        return new Fitted(size + STEP, wrapped == null ? List.of() : wrapped.lines());
    }
}
