package dk.kernebot.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The guided_session table and its participants. */
@Component
public class SessionStore {

    private static final String COLUMNS = """
            id, conversation_id, process_id, status, step_index, facilitator_id, facilitator_aad_id, facilitator_name,
            started_by_name, agreed_text, agreed_by_name, previous_session_id, board_token, started_at, updated_at,
            finished_at, moved_by_name, moved_at, moves""";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public GuidedSession create(String conversationId, String processId, UserRef starter, String previousSessionId) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        jdbc.sql("INSERT INTO guided_session (" + COLUMNS + ") VALUES (:id, :c, :p, 'ACTIVE', 0, :f, :faad, :fname, "
                        + ":fname, NULL, NULL, :prev, :token, :now, :now, NULL, NULL, NULL, 0)")
                .param("id", id).param("c", conversationId).param("p", processId)
                .param("f", starter.id()).param("faad", starter.aadObjectId()).param("fname", starter.name())
                .param("prev", previousSessionId).param("token", newToken()).param("now", now)
                .update();
        return find(id).orElseThrow();
    }

    public Optional<GuidedSession> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guided_session WHERE id = :id").param("id", id)
                .query(GuidedSession.class).optional();
    }

    public Optional<GuidedSession> byBoardToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guided_session WHERE board_token = :t").param("t", token)
                .query(GuidedSession.class).optional();
    }

    public Optional<GuidedSession> open(String conversationId, String processId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guided_session WHERE conversation_id = :c AND process_id = :p "
                        + "AND status IN ('ACTIVE', 'PAUSED')")
                .param("c", conversationId).param("p", processId).query(GuidedSession.class).optional();
    }

    /** The open session of a conversation, whatever its process; the most recently touched if there are several. */
    public Optional<GuidedSession> anyOpen(String conversationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guided_session WHERE conversation_id = :c "
                        + "AND status IN ('ACTIVE', 'PAUSED') ORDER BY updated_at DESC")
                .param("c", conversationId).query(GuidedSession.class).list().stream().findFirst();
    }

    /** The latest session of this process in the conversation, finished or not. */
    public Optional<GuidedSession> latest(String conversationId, String processId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guided_session WHERE conversation_id = :c AND process_id = :p "
                        + "ORDER BY started_at DESC")
                .param("c", conversationId).param("p", processId).query(GuidedSession.class).list().stream().findFirst();
    }

    /** The last completed session with an agreed kerneopgave: where a new one starts from. */
    public Optional<GuidedSession> lastAgreed(String conversationId, String processId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM guided_session WHERE conversation_id = :c AND process_id = :p "
                        + "AND status = 'COMPLETED' AND agreed_text IS NOT NULL ORDER BY finished_at DESC")
                .param("c", conversationId).param("p", processId).query(GuidedSession.class).list().stream().findFirst();
    }

    /**
     * Moves to a step only from the step the click was made on, so two facilitators' clicks cannot skip one.
     *
     * @return false when the session had moved (or stopped) already: then nothing was changed
     */
    public boolean moveStep(String id, int from, int to, String byName) {
        return jdbc.sql("UPDATE guided_session SET step_index = :to, status = 'ACTIVE', updated_at = :now, "
                        + "moved_by_name = :by, moved_at = :now, moves = moves + 1 "
                        + "WHERE id = :id AND step_index = :from AND status IN ('ACTIVE', 'PAUSED')")
                .param("to", to).param("from", from).param("id", id).param("by", byName).param("now", clock.millis())
                .update() == 1;
    }

    /** @return false when the session was no longer {@code from}: then nothing was changed */
    public boolean setStatus(String id, SessionStatus from, SessionStatus to, String byName) {
        boolean finished = !to.isOpen();
        // Taking a paused session up again moves no one on: who moved the group to this step stays.
        boolean moves = to != SessionStatus.ACTIVE;
        return jdbc.sql("UPDATE guided_session SET status = :to, updated_at = :now, moves = moves + 1"
                        + (moves ? ", moved_by_name = :by, moved_at = :now" : "")
                        + (finished ? ", finished_at = :now" : "") + " WHERE id = :id AND status = :from")
                .param("to", to.name()).param("from", from.name()).param("id", id).param("by", byName)
                .param("now", clock.millis())
                .update() == 1;
    }

    public void agree(String id, String text, String byName) {
        jdbc.sql("UPDATE guided_session SET agreed_text = :t, agreed_by_name = :by, updated_at = :now WHERE id = :id")
                .param("t", text).param("by", byName).param("now", clock.millis()).param("id", id).update();
    }

    public void handOver(String id, UserRef to) {
        jdbc.sql("UPDATE guided_session SET facilitator_id = :f, facilitator_aad_id = :aad, facilitator_name = :n, "
                        + "updated_at = :now WHERE id = :id")
                .param("f", to.id()).param("aad", to.aadObjectId()).param("n", to.name())
                .param("now", clock.millis()).param("id", id).update();
    }

    public void touch(String id) {
        jdbc.sql("UPDATE guided_session SET updated_at = :now WHERE id = :id")
                .param("now", clock.millis()).param("id", id).update();
    }

    /** Remembers someone who took part; a roster member keeps their roster flag. */
    public void participated(String sessionId, UserRef user) {
        jdbc.sql("""
                INSERT INTO session_participant (session_id, user_id, aad_id, name, in_roster, active)
                VALUES (:s, :u, :aad, :n, FALSE, TRUE)
                ON CONFLICT (session_id, user_id) DO UPDATE SET active = TRUE, name = :n
                """)
                .param("s", sessionId).param("u", user.id()).param("aad", user.aadObjectId()).param("n", user.name())
                .update();
    }

    public void inRoster(String sessionId, UserRef user) {
        jdbc.sql("""
                INSERT INTO session_participant (session_id, user_id, aad_id, name, in_roster, active)
                VALUES (:s, :u, :aad, :n, TRUE, FALSE)
                ON CONFLICT (session_id, user_id) DO UPDATE SET in_roster = TRUE
                """)
                .param("s", sessionId).param("u", user.id()).param("aad", user.aadObjectId()).param("n", user.name())
                .update();
    }

    public List<Participant> participants(String sessionId) {
        return jdbc.sql("SELECT session_id, user_id, aad_id, name, in_roster, active FROM session_participant "
                        + "WHERE session_id = :s ORDER BY name, user_id")
                .param("s", sessionId).query(Participant.class).list();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
