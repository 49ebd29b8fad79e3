package dk.kernebot.session.board;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import dk.kernebot.session.board.BoardLayout.Band;

/**
 * Shares the room between the centre and the board's edge among the four rings. A boble must stay inside its ring, so
 * it can be no larger than its ring is wide, however much of the ring's length is empty: equal rings kept a board of
 * three bobler as small-printed as one of sixty. So each ring gets the width its bobler need at one common size, the
 * largest at which all of them fit (one size for all, so no ring's bobler look more important); an empty ring keeps
 * room for its name, and what is left evens the rings out. When not even the smallest bobler all fit that way, the
 * fullest ring is planned for fewer until they do, and its placer lists the rest under the board.
 */
final class BandPlanner {

    /** How closely the common boble radius is searched for, in points. */
    private static final double RADIUS_PRECISION = 0.25;
    private static final double WIDTH_PRECISION = 0.5;

    /** Makes the placer for a ring once its band is known (its name and where the bobler start depend on it). */
    @FunctionalInterface
    interface Placers {
        RingPlacer on(BoardLevel level, Band band);
    }

    private static final BoardLevel[] LEVELS = BoardLevel.values();

    private final double inner;
    private final double outer;
    private final double emptyWidth;
    private final double minRadius;
    private final double largestRadius;
    private final double gap;
    private final Placers placers;

    /**
     * {@code inner} and {@code outer} bound all rings together, as distances from the board's centre;
     * {@code emptyWidth} is the width of a ring without bobler.
     */
    BandPlanner(double inner, double outer, double emptyWidth, double minRadius, double largestRadius, double gap,
            Placers placers) {
        this.inner = inner;
        this.outer = outer;
        this.emptyWidth = emptyWidth;
        this.minRadius = minRadius;
        this.largestRadius = largestRadius;
        this.gap = gap;
        this.placers = placers;
    }

    /** @param counts how many bobler each ring holds */
    Map<BoardLevel, Band> plan(Map<BoardLevel, Integer> counts) {
        int[] n = Arrays.stream(LEVELS).mapToInt(level -> counts.getOrDefault(level, 0)).toArray();
        double[] widths = widthsAt(n, largestRadius);
        if (widths != null) {
            return bands(widths);
        }
        widths = widthsAt(n, minRadius);
        while (widths == null && n[fullest(n)] > 0) {
            n[fullest(n)]--;
            widths = widthsAt(n, minRadius);
        }
        if (widths == null) {
            // Not even empty rings fit their names: only a change of the sizes above can do that; share equally.
            return bands(evenedOut(new double[LEVELS.length], outer - inner));
        }
        double fits = minRadius;
        double fails = largestRadius;
        while (fails - fits > RADIUS_PRECISION) {
            double middle = (fits + fails) / 2;
            double[] tried = widthsAt(n, middle);
            if (tried == null) {
                fails = middle;
            } else {
                fits = middle;
                widths = tried;
            }
        }
        return bands(widths);
    }

    /** Widths of the bands, inner to outer, at which every ring holds its bobler at radius {@code r}; else null. */
    private double[] widthsAt(int[] n, double r) {
        double[] least = new double[LEVELS.length];
        double from = inner;
        for (int i = 0; i < LEVELS.length; i++) {
            double reserved = 0;
            for (int j = i + 1; j < LEVELS.length; j++) {
                reserved += lowest(n[j], r);
            }
            least[i] = n[i] == 0 ? emptyWidth : narrowest(LEVELS[i], n[i], r, from, outer - from - reserved);
            if (least[i] < 0) {
                return null;
            }
            from += least[i];
        }
        if (from > outer + 1e-9) {
            return null;
        }
        double[] widths = evenedOut(least, outer - inner);
        return holdsAll(n, r, widths) ? widths : null;
    }

    /** No ring is narrower than one boble with its clearance, or the room for its name. */
    private double lowest(int count, double r) {
        return count == 0 ? emptyWidth : Math.max(emptyWidth, 2 * r + 2 * gap);
    }

    /** The narrowest band from {@code from}, at most {@code most} wide, that holds {@code count} bobler of radius r. */
    private double narrowest(BoardLevel level, int count, double r, double from, double most) {
        double low = lowest(count, r);
        // -1: none does.
        if (low > most + 1e-9) {
            return -1;
        }
        if (holds(level, from, low, count, r)) {
            return low;
        }
        if (!holds(level, from, most, count, r)) {
            return -1;
        }
        double high = most;
        while (high - low > WIDTH_PRECISION) {
            double middle = (low + high) / 2;
            if (holds(level, from, middle, count, r)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private boolean holds(BoardLevel level, double from, double width, int count, double r) {
        return placers.on(level, new Band(from, from + width)).fits(count, r);
    }

    /** The bands moved outwards by the evening out must still hold their bobler; the placer has the last word. */
    private boolean holdsAll(int[] n, double r, double[] widths) {
        double from = inner;
        for (int i = 0; i < LEVELS.length; i++) {
            if (n[i] > 0 && !holds(LEVELS[i], from, widths[i], n[i], r)) {
                return false;
            }
            from += widths[i];
        }
        return true;
    }

    /**
     * Spare room goes to the narrowest rings first, as water fills the lowest basins, until they are as wide as the
     * next: a calm board, and no ring wider than its bobler need while another is squeezed.
     */
    static double[] evenedOut(double[] least, double total) {
        double[] sorted = least.clone();
        Arrays.sort(sorted);
        double level = total / sorted.length;
        double above = 0;
        for (int k = sorted.length; k >= 1; k--) {
            level = (total - above) / k;
            if (level >= sorted[k - 1]) {
                break;
            }
            above += sorted[k - 1];
        }
        double[] widths = new double[least.length];
        for (int i = 0; i < least.length; i++) {
            widths[i] = Math.max(least[i], level);
        }
        return widths;
    }

    /** The ring with the most bobler; of equally full ones the inner, whose circle is shorter. */
    private static int fullest(int[] n) {
        int fullest = 0;
        for (int i = 1; i < n.length; i++) {
            if (n[i] > n[fullest]) {
                fullest = i;
            }
        }
        return fullest;
    }

    private Map<BoardLevel, Band> bands(double[] widths) {
        Map<BoardLevel, Band> bands = new EnumMap<>(BoardLevel.class);
        double from = inner;
        for (int i = 0; i < LEVELS.length; i++) {
            // The last ring ends exactly at the edge, whatever the rounding on the way.
            double to = i == LEVELS.length - 1 ? outer : from + widths[i];
            bands.put(LEVELS[i], new Band(from, to));
            from = to;
        }
        return bands;
    }
}
