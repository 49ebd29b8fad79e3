package dk.kernebot.reflection;

import java.time.Clock;

import dk.kernebot.admin.TenantOwned;
import dk.kernebot.chat.ChatContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which deck a conversation draws from. A retired or missing choice falls back to the standard deck. */
@Component
class DeckChoice {

    private final JdbcClient jdbc;
    private final DeckStore decks;
    private final Clock clock;

    private final TenantOwned owned;

    DeckChoice(JdbcClient jdbc, DeckStore decks, Clock clock) {
        this.owned = new TenantOwned(jdbc, TenantOwned.Table.DECK);
        this.jdbc = jdbc;
        this.decks = decks;
        this.clock = clock;
    }

    /** The chosen deck, only while it is built in or belongs to the conversation's tenant (or to none yet). */
    Deck deckFor(String conversationId) {
        return jdbc.sql("""
                        SELECT cd.deck_id FROM conversation_deck cd JOIN deck d ON d.id = cd.deck_id
                        LEFT JOIN conversation c ON c.id = cd.conversation_id
                        WHERE cd.conversation_id = :c
                          AND (d.builtin OR d.tenant_id IS NULL OR d.tenant_id = c.tenant_id)
                        """)
                .param("c", conversationId)
                .query(String.class)
                .optional()
                .flatMap(decks::active)
                .orElseGet(() -> decks.active(DeckStore.STANDARD)
                        .orElseThrow(() -> new IllegalStateException("The built-in standard deck is missing")));
    }

    /** Whether this conversation's tenant may draw from the deck; an imported deck without a tenant becomes its. */
    boolean usable(ChatContext context, DeckSummary deck) {
        return deck.builtin() || owned.usableBy(deck.id(), context.tenantId());
    }

    /** Whether the deck is listed in this tenant's conversations (built in, its own, or nobody's yet). */
    boolean visible(ChatContext context, DeckSummary deck) {
        return deck.builtin() || owned.visibleTo(deck.id(), context.tenantId());
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
