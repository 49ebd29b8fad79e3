package dk.kernebot.reflection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decks in the database, each stored as the validated file it came from. Parsed decks are cached per version
 * stamp, so a replaced deck is picked up by every instance on its next read.
 */
@Component
public class DeckStore {

    public static final String STANDARD = "standard";

    private record Cached(long updatedAt, Deck deck) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeckParser parser = new DeckParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public DeckStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a deck that {@link DeckParser} accepted, with the very file it came from. */
    @Transactional
    public void save(Deck deck, String content, boolean builtin) {
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO deck (id, version, name_da, name_en, content, builtin, card_count, updated_at, retired_at)
                VALUES (:id, :version, :nameDa, :nameEn, :content, :builtin, :cards, :now, NULL)
                ON CONFLICT (id) DO UPDATE SET
                    version = excluded.version, name_da = excluded.name_da, name_en = excluded.name_en,
                    content = excluded.content, builtin = excluded.builtin, card_count = excluded.card_count,
                    updated_at = excluded.updated_at, retired_at = NULL
                """)
                .param("id", deck.id())
                .param("version", deck.version())
                .param("nameDa", deck.name().da())
                .param("nameEn", deck.name().en())
                .param("content", content)
                .param("builtin", builtin)
                .param("cards", deck.cards().size())
                .param("now", now)
                .update();
        cache.put(deck.id(), new Cached(now, deck));
    }

    /** Whether this very file is stored as a live built-in deck. */
    boolean holdsBuiltin(String content) {
        return jdbc.sql("SELECT COUNT(*) FROM deck WHERE builtin = TRUE AND retired_at IS NULL AND content = :content")
                .param("content", content).query(Integer.class).single() > 0;
    }

    public Optional<DeckSummary> summary(String id) {
        return jdbc.sql("SELECT id, version, name_da, name_en, builtin, card_count, updated_at, retired_at FROM deck WHERE id = :id")
                .param("id", id)
                .query(DeckSummary.class)
                .optional();
    }

    public List<DeckSummary> list() {
        return jdbc.sql("SELECT id, version, name_da, name_en, builtin, card_count, updated_at, retired_at FROM deck ORDER BY builtin DESC, name_da")
                .query(DeckSummary.class)
                .list();
    }

    /** The deck, if it exists and is not retired. */
    public Optional<Deck> active(String id) {
        return summary(id).filter(s -> !s.retired()).map(s -> load(s.id(), s.updatedAt()));
    }

    /** The deck even if retired, to show old draws. */
    public Optional<Deck> any(String id) {
        return summary(id).map(s -> load(s.id(), s.updatedAt()));
    }

    public Optional<String> storedContent(String id) {
        return jdbc.sql("SELECT content FROM deck WHERE id = :id").param("id", id).query(String.class).optional();
    }

    public boolean retire(String id) {
        return jdbc.sql("UPDATE deck SET retired_at = :now WHERE id = :id AND retired_at IS NULL AND builtin = FALSE")
                .param("now", clock.millis())
                .param("id", id)
                .update() == 1;
    }

    private Deck load(String id, long updatedAt) {
        Cached cached = cache.get(id);
        if (cached != null && cached.updatedAt() == updatedAt) {
            return cached.deck();
        }
        String content = jdbc.sql("SELECT content FROM deck WHERE id = :id").param("id", id).query(String.class).single();
        Deck deck = parser.parse(content);
        cache.put(id, new Cached(updatedAt, deck));
        return deck;
    }
}
