package dk.kernebot.session.board;

import java.util.function.Function;

/** The fixed words on the board, already in the reader's language. */
public record BoardLabels(String international, String national, String kommunal, String institution,
        String centre, String noKerneopgave, String inPracticeLegend, String rankLegend) {

    /** Reads the labels from the message bundle, so the renderer itself needs no Spring. */
    public static BoardLabels of(Function<String, String> messages) {
        return new BoardLabels(
                messages.apply("board.ring.international"),
                messages.apply("board.ring.national"),
                messages.apply("board.ring.kommunal"),
                messages.apply("board.ring.institution"),
                messages.apply("board.centre"),
                messages.apply("board.no-kerneopgave"),
                messages.apply("board.legend.in-practice"),
                messages.apply("board.legend.rank"));
    }

    String ring(BoardLevel level) {
        return switch (level) {
            case INSTITUTION -> institution;
            case KOMMUNAL -> kommunal;
            case NATIONAL -> national;
            case INTERNATIONAL -> international;
        };
    }
}
