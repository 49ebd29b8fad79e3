package dk.kernebot.reflection;

import java.time.Clock;

import dk.kernebot.chat.ChatContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which deck a conversation draws from. A retired or missing choice falls back to the standard deck. */
@Component
class DeckChoice {

    private final JdbcClient jdbc;
    private final DeckStore decks;
    private final Clock clock;

    DeckChoice(JdbcClient jdbc, DeckStore decks, Clock clock) {
        this.jdbc = jdbc;
        this.decks = decks;
        this.clock = clock;
    }

    Deck deckFor(String conversationId) {
        return jdbc.sql("SELECT deck_id FROM conversation_deck WHERE conversation_id = :c")
                .param("c", conversationId)
                .query(String.class)
                .optional()
                .flatMap(decks::active)
                .orElseGet(() -> decks.active(DeckStore.STANDARD)
                        .orElseThrow(() -> new IllegalStateException("The built-in standard deck is missing")));
    }

    void choose(ChatContext context, String deckId) {
        jdbc.sql("""
                INSERT INTO conversation_deck (conversation_id, deck_id, chosen_by, chosen_at)
                VALUES (:c, :d, :by, :at)
                ON CONFLICT (conversation_id) DO UPDATE SET deck_id = excluded.deck_id,
                    chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at
                """)
                .param("c", context.conversationId())
                .param("d", deckId)
                .param("by", context.user().name())
                .param("at", clock.millis())
                .update();
    }
}
