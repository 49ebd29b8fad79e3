package dk.kernebot.session;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The session_entry_note table: which entries the ordstyrer or the referent wrote down for someone in the room,
 * and who did. The entry's author is the person who said it; this is only who noted it.
 */
@Component
public class EntryNotes {

    private final JdbcClient jdbc;
    private final Clock clock;

    EntryNotes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void noted(Entry entry, UserRef by) {
        jdbc.sql("""
                INSERT INTO session_entry_note (entry_id, session_id, noted_by_id, noted_by_name, noted_at)
                VALUES (:e, :s, :u, :n, :now) ON CONFLICT (entry_id) DO NOTHING
                """)
                .param("e", entry.id()).param("s", entry.sessionId()).param("u", by.id()).param("n", by.name())
                .param("now", clock.millis()).update();
    }

    /** Who noted each of these entries (a card's page of them) for its author, in one query; absent: nobody did. */
    public Map<String, UserRef> notedBy(Collection<String> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT entry_id, noted_by_id, noted_by_name FROM session_entry_note WHERE entry_id IN (:e)")
                .param("e", List.copyOf(entryIds))
                .query((rs, n) -> Map.entry(rs.getString("entry_id"),
                        new UserRef(rs.getString("noted_by_id"), null, rs.getString("noted_by_name"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Who noted this entry for its author, if someone did. */
    public Optional<UserRef> notedBy(String entryId) {
        return jdbc.sql("SELECT noted_by_id, noted_by_name FROM session_entry_note WHERE entry_id = :e")
                .param("e", entryId)
                .query((rs, n) -> new UserRef(rs.getString("noted_by_id"), null, rs.getString("noted_by_name")))
                .optional();
    }
}
