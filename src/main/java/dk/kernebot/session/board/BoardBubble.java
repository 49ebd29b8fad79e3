package dk.kernebot.session.board;

import java.util.Objects;

/**
 * One boble on the board.
 *
 * @param rank 1-based priority the group gave it, or {@code null} when the group has not ranked it
 * @param inPractice the group says this is already part of its daily practice
 */
public record BoardBubble(String text, BoardLevel level, Integer rank, boolean inPractice) {

    public BoardBubble {
        text = text == null ? "" : text;
        Objects.requireNonNull(level, "level");
    }
}
