package dk.kernebot.session.board;

import java.util.ArrayList;
import java.util.List;

import dk.kernebot.session.board.Drawing.Circle;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/** One boble: its circle, the rank badge at the top of its text, and its text wrapped inside. */
final class BubbleShape {

    /**
     * Text grows with its boble, up to {@code MAX_TEXT}: at this share of the radius a short text ("Udeliv hver dag")
     * fills its boble; longer ones are set smaller until they fit.
     */
    private static final double TEXT_SHARE = 0.42;
    /** About what a group reads from a step or two away from the wall; larger would only shout. */
    private static final double MAX_TEXT = 20;
    private static final double MIN_TEXT = 5;
    /** The most a boble's text was printed at before bobler grew; whole words were kept down to 4/5 of it. */
    private static final double READABLE_WHOLE = 8;
    /** A large boble splits a word rather than drop below this share: 18 pt split reads from afar, 9 pt whole not. */
    private static final double LARGE_WHOLE_SHARE = 0.6;

    private BubbleShape() {
    }

    static Group draw(BoardLayout.PlacedBubble placed) {
        BoardBubble bubble = placed.bubble();
        double r = placed.r();
        List<Circle> circles = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        circles.add(bubble.inPractice()
                ? new Circle(placed.x(), placed.y(), r, Palette.PRACTICE_FILL, Palette.PRACTICE_LINE, 1.4)
                : new Circle(placed.x(), placed.y(), r, Palette.BUBBLE_FILL, Palette.BUBBLE_LINE, 0.9));
        boolean ranked = bubble.rank() != null;
        // On CircleText's steps, so the sizes tried include every size the old 10 pt start tried.
        double maxSize = Math.floor(Math.min(MAX_TEXT, r * TEXT_SHARE) / CircleText.STEP) * CircleText.STEP;
        double wholeWordsDownTo = Math.max(LARGE_WHOLE_SHARE * maxSize, Math.min(0.8 * maxSize, READABLE_WHOLE));
        CircleText text = CircleText.fit(BoardLayout.oneLine(bubble.text()), BoardFont.REGULAR, r, maxSize,
                Math.min(MIN_TEXT, maxSize), wholeWordsDownTo, size -> ranked ? badge(size) : CircleText.Header.NONE);
        if (ranked) {
            double badgeRadius = badgeRadius(text.size());
            double badgeY = placed.y() + text.top() + badgeRadius;
            circles.add(new Circle(placed.x(), badgeY, badgeRadius, Palette.BADGE_FILL, null, 0));
            texts.add(rankNumber(String.valueOf(bubble.rank()), placed.x(), badgeY, badgeRadius));
        }
        for (int i = 0; i < text.lines().size(); i++) {
            texts.add(new Text(text.lines().get(i), placed.x(), placed.y() + text.baseline(i), text.size(),
                    BoardFont.REGULAR, Palette.TEXT, true));
        }
        return new Group("bubble", bubble.text(), circles, texts);
    }

    /** The white number in a dark disc, used in the bobler, the legend and the overflow list alike. */
    static Text rankNumber(String number, double x, double centreY, double badgeRadius) {
        double size = badgeRadius * (number.length() > 2 ? 0.95 : 1.15);
        return new Text(number, x, centreY + 0.36 * size, size, BoardFont.BOLD, Palette.BADGE_TEXT, true);
    }

    private static CircleText.Header badge(double size) {
        double radius = badgeRadius(size);
        return new CircleText.Header(2 * radius + 0.25 * size, 2 * radius);
    }

    private static double badgeRadius(double size) {
        return Math.max(0.8 * size, 4.5);
    }
}
