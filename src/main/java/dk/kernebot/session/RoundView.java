package dk.kernebot.session;

import java.util.List;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;

/**
 * A step card's round in a meeting chat (issue 18), bound to {@code cards/session-round.json}: the suggestion to
 * take one, or the round itself, person by person, and the button that starts it (or a new one).
 */
@CardTemplate("session-round")
record RoundView(String sessionId, String stepId, boolean showSuggestion, String suggestion, boolean isRunning,
                 String title, String progress, String hint, List<Turn> people, boolean hasMore, String moreText,
                 String startLabel) implements CardView {

    /** One person in the round: tapping the row ticks them off (or back). */
    record Turn(String userId, String name, String status, String statusColor, String tickLabel) {
    }
}
