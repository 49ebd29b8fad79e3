package dk.kernebot.reflection;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.kernebot.chat.ChatContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The draws table: which cards a conversation has seen, and the state of each drawn card. */
@Component
class Draws {

    private static final String COLUMNS = """
            id, conversation_id, deck_id, card_id, theme_filter, status, drawn_by_name, drawn_at, closed_by_name,
            closed_at, restarted, seq""";

    /** How often a draw is retried when another draw in the same chat took its number at the same moment. */
    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    Draws(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new draw, numbered after the conversation's newest one (so it becomes the current card). */
    Draw create(ChatContext context, String deckId, String cardId, String themeFilter, boolean restarted) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int seq = latest(context.conversationId()).map(Draw::seq).orElse(0) + 1;
            Draw draw = new Draw(UUID.randomUUID().toString(), context.conversationId(), deckId, cardId, themeFilter,
                    DrawStatus.OPEN, context.user().name(), clock.millis(), null, null, restarted, seq);
            // A draw that lost the race for its number inserts nothing and tries the next number.
            int inserted = jdbc.sql("INSERT INTO reflection_draw (id, conversation_id, deck_id, card_id, theme_filter, "
                            + "status, drawn_by_name, drawn_at, restarted, seq, drawn_by_id, cleared) VALUES (:id, "
                            + ":conversation, :deck, :card, :theme, 'OPEN', :byName, :at, :restarted, :seq, :byId, FALSE) "
                            + "ON CONFLICT DO NOTHING")
                    .param("id", draw.id())
                    .param("conversation", draw.conversationId())
                    .param("deck", deckId)
                    .param("card", cardId)
                    .param("theme", themeFilter, java.sql.Types.VARCHAR)
                    .param("byName", draw.drawnByName())
                    .param("at", draw.drawnAt())
                    .param("restarted", restarted)
                    .param("seq", seq)
                    .param("byId", context.user().id())
                    .update();
            if (inserted == 1) {
                return draw;
            }
        }
        throw new IllegalStateException("Could not number a new draw in " + context.conversationId());
    }

    /** The conversation's current card: the newest draw. */
    Optional<Draw> latest(String conversationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reflection_draw WHERE conversation_id = :c ORDER BY seq DESC LIMIT 1")
                .param("c", conversationId)
                .query(Draw.class)
                .optional();
    }

    Optional<Draw> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reflection_draw WHERE id = :id")
                .param("id", id)
                .query(Draw.class)
                .optional();
    }

    /** Closes an open draw; false when someone else got there first (a second click on a used button). */
    boolean close(String id, DrawStatus status, String byName) {
        return jdbc.sql("UPDATE reflection_draw SET status = :status, closed_by_name = :by, closed_at = :at "
                        + "WHERE id = :id AND status = 'OPEN'")
                .param("status", status.name())
                .param("by", byName)
                .param("at", clock.millis())
                .param("id", id)
                .update() == 1;
    }

    /** The "next card" button of a closed card; true only for the first click. */
    boolean markFollowedUp(String id) {
        return jdbc.sql("UPDATE reflection_draw SET followed_up = TRUE WHERE id = :id AND followed_up = FALSE")
                .param("id", id)
                .update() == 1;
    }

    /** Cards drawn in this conversation since the deck (or their theme) last started over. */
    Set<String> usedCards(String conversationId, String deckId) {
        return new HashSet<>(jdbc.sql("SELECT card_id FROM reflection_draw WHERE conversation_id = :c AND deck_id = :d "
                        + "AND cleared = FALSE")
                .param("c", conversationId)
                .param("d", deckId)
                .query(String.class)
                .list());
    }

    /** Starts these cards over: they can be drawn again. */
    void clear(String conversationId, String deckId, Collection<String> cardIds) {
        if (cardIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE reflection_draw SET cleared = TRUE WHERE conversation_id = :c AND deck_id = :d "
                        + "AND card_id IN (:cards)")
                .param("c", conversationId)
                .param("d", deckId)
                .param("cards", cardIds)
                .update();
    }
}
