package dk.kernebot.session.board;

import java.time.LocalDate;
import java.util.List;

/** Everything printed on one board; {@code institutionName}, {@code kerneopgave} and {@code date} may be null. */
public record Board(String title, String institutionName, String kerneopgave, LocalDate date, List<BoardBubble> bubbles) {

    public Board {
        title = title == null ? "" : title;
        bubbles = bubbles == null ? List.of() : List.copyOf(bubbles);
    }
}
