package dk.kernebot.session;

import java.time.Clock;
import java.util.Optional;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The session_referent table: the one person per session the ordstyrer named to note for the people in the room. */
@Component
class Referents {

    private final JdbcClient jdbc;
    private final Clock clock;

    Referents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Names the session's referent; naming another replaces the first. */
    void name(String sessionId, UserRef referent) {
        jdbc.sql("""
                INSERT INTO session_referent (session_id, user_id, aad_id, name, named_at) VALUES (:s, :u, :aad, :n, :now)
                ON CONFLICT (session_id) DO UPDATE SET user_id = :u, aad_id = :aad, name = :n, named_at = :now
                """)
                .param("s", sessionId).param("u", referent.id()).param("aad", referent.aadObjectId())
                .param("n", referent.name()).param("now", clock.millis()).update();
    }

    Optional<UserRef> of(String sessionId) {
        return jdbc.sql("SELECT user_id, aad_id, name FROM session_referent WHERE session_id = :s")
                .param("s", sessionId)
                .query((rs, n) -> new UserRef(rs.getString("user_id"), rs.getString("aad_id"), rs.getString("name")))
                .optional();
    }

    /** The ordstyrer and the referent may note a contribution for someone else. */
    boolean mayNoteFor(GuidedSession session, String userId) {
        return session.isFacilitator(userId) || of(session.id()).map(r -> r.id().equals(userId)).orElse(false);
    }
}
