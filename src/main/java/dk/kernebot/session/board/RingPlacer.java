package dk.kernebot.session.board;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the bobler of one ring on it: spread evenly by angle clockwise from the ring's label at twelve o'clock, as
 * large as the ring allows (up to a largest size). A crowded ring gets two staggered rows; a ring that cannot hold them
 * all even at the smallest readable size keeps the first ones and hands back the rest, so no shapes ever overlap.
 */
final class RingPlacer {

    private static final double STEP = 0.25;

    /** A placed boble; x and y are relative to the board's centre, y pointing down. */
    record Spot(BoardBubble bubble, double x, double y, double r) {
    }

    record Placement(List<Spot> spots, List<BoardBubble> overflow) {
    }

    /** A rectangle the bobler must keep clear of (the ring's label), relative to the board's centre. */
    record Box(double left, double top, double right, double bottom) {

        double distanceTo(double x, double y) {
            double dx = Math.max(Math.max(left - x, 0), x - right);
            double dy = Math.max(Math.max(top - y, 0), y - bottom);
            return Math.hypot(dx, dy);
        }
    }

    private final double inner;
    private final double outer;
    private final Box label;
    private final double minRadius;
    private final double largestRadius;
    private final double gap;
    private final double phase;

    /**
     * {@code gap} is the clearance between two bobler, and between a boble and the band's edges or the label;
     * {@code phase} (0 to 1) is where in its share of the ring each boble sits when there is room to spare, so that
     * rings with equally many bobler do not line up like spokes; {@code largestRadius} caps the bobler of a wide band.
     */
    RingPlacer(double inner, double outer, Box label, double minRadius, double largestRadius, double gap,
            double phase) {
        this.inner = inner;
        this.outer = outer;
        this.label = label;
        this.minRadius = minRadius;
        this.largestRadius = largestRadius;
        this.gap = gap;
        this.phase = phase;
    }

    /**
     * How the bobler are spread: in one row or two, and either with air next to the label ({@code ends} above 0,
     * calmer when there is room) or with the first and last boble right beside it (0). With {@code spare} the spacing
     * is that of one boble more and the last place stays empty: in two rows an odd count otherwise puts both end
     * bobler in the outer row, so one boble more could be larger than one less.
     */
    private record Arrangement(int rows, double ends, int spare) {
    }

    private static final List<Arrangement> ARRANGEMENTS = List.of(
            new Arrangement(1, 0.5, 0), new Arrangement(1, 0, 0), new Arrangement(2, 0.5, 0), new Arrangement(2, 0, 0),
            new Arrangement(2, 0.5, 1), new Arrangement(2, 0, 1));

    /** @param ordered the ring's bobler, most important first */
    Placement place(List<BoardBubble> ordered) {
        // No more than two rows of the smallest bobler could ever fit around the outer edge.
        int n = Math.min(ordered.size(), 2 * (int) (2 * Math.PI * outer / (2 * minRadius + gap)));
        while (n > 0 && !fitsAtSmallest(n)) {
            n--;
        }
        List<Spot> spots = new ArrayList<>();
        if (n > 0) {
            Arrangement best = null;
            double bestRadius = 0;
            for (Arrangement arrangement : ARRANGEMENTS) {
                double radius = largest(n, arrangement);
                // The earlier arrangements read more calmly; a later one must make the bobler clearly larger.
                if (radius > bestRadius * 1.08) {
                    best = arrangement;
                    bestRadius = radius;
                }
            }
            double[][] centres = centres(n + best.spare(), bestRadius, best);
            for (int i = 0; i < n; i++) {
                spots.add(new Spot(ordered.get(i), centres[i][0], centres[i][1], bestRadius));
            }
        }
        return new Placement(List.copyOf(spots), List.copyOf(ordered.subList(n, ordered.size())));
    }

    double maxRadius() {
        return Math.min((outer - inner) / 2 - gap, largestRadius);
    }

    /** Whether {@code n} bobler of radius {@code r} fit on this ring in some arrangement. */
    boolean fits(int n, double r) {
        return n == 0 || ARRANGEMENTS.stream().anyMatch(arrangement -> feasible(n, r, arrangement));
    }

    /** The largest feasible radius for this many bobler in this arrangement, or 0 when even the smallest fails. */
    private double largest(int n, Arrangement arrangement) {
        for (double r = maxRadius(); r >= minRadius - 1e-9; r -= STEP) {
            if (feasible(n, r, arrangement)) {
                return r;
            }
        }
        return 0;
    }

    private boolean fitsAtSmallest(int n) {
        return fits(n, minRadius);
    }

    private boolean feasible(int n, double r, Arrangement arrangement) {
        if (r > maxRadius() + 1e-9 || n < 2 && arrangement.ends() == 0) {
            return false;
        }
        double[][] c = centres(n + arrangement.spare(), r, arrangement);
        double apart = 2 * r + gap;
        for (int i = 0; i < n; i++) {
            double fromCentre = Math.hypot(c[i][0], c[i][1]);
            if (fromCentre - r < inner + gap - 1e-6 || fromCentre + r > outer - gap + 1e-6) {
                return false;
            }
            if (label.distanceTo(c[i][0], c[i][1]) < r + gap) {
                return false;
            }
            for (int j = i + 1; j < n; j++) {
                if (Math.hypot(c[i][0] - c[j][0], c[i][1] - c[j][1]) < apart) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Evenly spaced angles, clockwise from where a boble first clears the label to where the last one does; in two
     * rows neighbours alternate between the outer and the inner row.
     */
    private double[][] centres(int n, double r, Arrangement arrangement) {
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            distance[i] = arrangement.rows() == 1 ? (inner + outer) / 2
                    : i % 2 == 0 ? outer - gap - r : inner + gap + r;
        }
        double first = clearOfLabel(distance[0], r);
        double last = clearOfLabel(distance[n - 1], r);
        boolean roomy = arrangement.ends() > 0;
        double step = (2 * Math.PI - first - last) / (roomy ? n : n - 1);
        double offset = roomy ? phase : 0;
        double[][] centres = new double[n][];
        for (int i = 0; i < n; i++) {
            double angle = first + (i + offset) * step;
            centres[i] = new double[] {distance[i] * Math.sin(angle), -distance[i] * Math.cos(angle)};
        }
        return centres;
    }

    /** The smallest angle from twelve o'clock at which a boble this far out keeps its distance to the label. */
    private double clearOfLabel(double distance, double r) {
        for (double angle = 0; angle < Math.PI; angle += 0.004) {
            if (label.distanceTo(distance * Math.sin(angle), -distance * Math.cos(angle)) >= r + gap) {
                return angle;
            }
        }
        return Math.PI;
    }
}
