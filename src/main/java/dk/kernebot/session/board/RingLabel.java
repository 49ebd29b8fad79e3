package dk.kernebot.session.board;

import dk.kernebot.session.board.BoardLayout.Band;

/**
 * A ring's name, set at twelve o'clock in the middle of its band. Its size is chosen before the bands are, so the
 * names read alike however wide each ring turns out.
 */
record RingLabel(String line, double size) {

    private static final double MAX_SIZE = 11;
    private static final double MIN_SIZE = 8;
    /** Clearance around the name that bobler keep. */
    private static final double PADDING = 2;

    static RingLabel fit(String name, double width) {
        Fitted fitted = Fitted.lines(BoardLayout.oneLine(name), BoardFont.BOLD, MAX_SIZE, MIN_SIZE, width, 1);
        return new RingLabel(fitted.lines().isEmpty() ? "" : fitted.lines().get(0), fitted.size());
    }

    /** Baseline relative to the board's centre (negative: above it). */
    double baseline(Band band) {
        return -(band.inner() + band.outer()) / 2 + 0.36 * size;
    }

    /** The room the name takes, relative to the board's centre, for the bobler to keep clear of. */
    RingPlacer.Box box(Band band) {
        double halfWidth = BoardFont.BOLD.width(line, size) / 2;
        double baseline = baseline(band);
        return new RingPlacer.Box(-halfWidth - PADDING, baseline - 0.8 * size, halfWidth + PADDING,
                baseline + 0.25 * size);
    }
}
