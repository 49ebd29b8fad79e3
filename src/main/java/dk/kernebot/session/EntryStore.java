package dk.kernebot.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contributions to the steps of a session, and the votes on them. */
@Component
public class EntryStore {

    private static final String COLUMNS = """
            id, session_id, step_id, author_id, author_name, text, ring, category, role, quality_type, capital, value_ids,
            in_practice, status, created_at, updated_at""";
    private static final String PREFIXED = COLUMNS.replaceAll("(\\w+)", "e.$1");
    private static final String VALUES = ":id, :s, :step, :a, :an, :t, :ring, :category, :role, :quality, :capital, :values";
    /**
     * The entry's place in its session (V200): the clock's milliseconds tie, and a random id is no order. Two writers
     * at the same moment on PostgreSQL may take the same number; those two then fall back to their ids.
     */
    private static final String NEXT_SEQ = "(SELECT COALESCE(MAX(seq), 0) + 1 FROM session_entry WHERE session_id = :s)";

    private final JdbcClient jdbc;
    private final Clock clock;

    EntryStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Entry add(String sessionId, String stepId, UserRef author, String text, EntryTags tags) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        jdbc.sql("INSERT INTO session_entry (" + COLUMNS + ", seq) VALUES (" + VALUES + ", FALSE, 'ACTIVE', :now, :now, "
                        + NEXT_SEQ + ")")
                .param("id", id).param("s", sessionId).param("step", stepId).param("a", author.id())
                .param("an", author.name()).param("t", text).param("ring", tags.ring()).param("category", tags.category())
                .param("role", tags.role()).param("quality", tags.qualityType()).param("capital", tags.capital())
                .param("values", tags.values().isEmpty() ? null : String.join(",", tags.values()))
                .param("now", now).update();
        return find(id).orElseThrow();
    }

    public Optional<Entry> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session_entry WHERE id = :id").param("id", id)
                .query(Entry.class).optional();
    }

    public List<Entry> active(String sessionId, String stepId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session_entry WHERE session_id = :s AND step_id = :step "
                        + "AND status = 'ACTIVE' ORDER BY seq, id")
                .param("s", sessionId).param("step", stepId).query(Entry.class).list();
    }

    /** How many active entries a step has: what a card counts without reading them. */
    public int count(String sessionId, String stepId) {
        return jdbc.sql("SELECT count(*) FROM session_entry WHERE session_id = :s AND step_id = :step AND status = 'ACTIVE'")
                .param("s", sessionId).param("step", stepId).query(Integer.class).single();
    }

    /**
     * One page of a step's active entries counted back from the newest ({@code skip} newer ones left out), in the
     * order written: a card reads the rows it shows, however long the step has grown.
     */
    public List<Entry> newest(String sessionId, String stepId, int skip, int limit) {
        List<Entry> page = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM session_entry WHERE session_id = :s "
                        + "AND step_id = :step AND status = 'ACTIVE' ORDER BY seq DESC, id DESC LIMIT :limit OFFSET :skip")
                .param("s", sessionId).param("step", stepId).param("limit", limit).param("skip", skip)
                .query(Entry.class).list());
        Collections.reverse(page);
        return page;
    }

    /**
     * One page of a step's active entries in the order of the votes given at {@code voteStepId} ({@link Ranking}:
     * most votes first, then as written), ranked by the database so only the page is read.
     */
    public List<Entry> ranked(String sessionId, String stepId, String voteStepId, int skip, int limit) {
        return jdbc.sql("SELECT " + PREFIXED + " FROM session_entry e LEFT JOIN (SELECT entry_id, count(*) AS votes "
                        + "FROM session_vote WHERE session_id = :s AND step_id = :vstep GROUP BY entry_id) v "
                        + "ON v.entry_id = e.id WHERE e.session_id = :s AND e.step_id = :step AND e.status = 'ACTIVE' "
                        + "ORDER BY COALESCE(v.votes, 0) DESC, e.seq, e.id LIMIT :limit OFFSET :skip")
                .param("s", sessionId).param("step", stepId).param("vstep", voteStepId).param("limit", limit)
                .param("skip", skip).query(Entry.class).list();
    }

    /** Who has written in a step ("Har bidraget"), each once, without reading what they wrote. */
    public List<String> authorIds(String sessionId, String stepId) {
        return jdbc.sql("SELECT DISTINCT author_id FROM session_entry WHERE session_id = :s AND step_id = :step "
                        + "AND status = 'ACTIVE'")
                .param("s", sessionId).param("step", stepId).query(String.class).list();
    }

    /** The ids of one author's active entries in a step. */
    public List<String> idsBy(String sessionId, String stepId, String authorId) {
        return jdbc.sql("SELECT id FROM session_entry WHERE session_id = :s AND step_id = :step AND author_id = :a "
                        + "AND status = 'ACTIVE'")
                .param("s", sessionId).param("step", stepId).param("a", authorId).query(String.class).list();
    }

    /** An entry a click names, if it is still active in that step of that session. */
    public Optional<Entry> activeIn(String sessionId, String stepId, String id) {
        return id == null ? Optional.empty() : find(id)
                .filter(e -> e.sessionId().equals(sessionId) && e.stepId().equals(stepId) && e.isActive());
    }

    public void edit(String id, String text) {
        jdbc.sql("UPDATE session_entry SET text = :t, updated_at = :now WHERE id = :id AND status = 'ACTIVE'")
                .param("t", text).param("now", clock.millis()).param("id", id).update();
    }

    public void withdraw(String id) {
        jdbc.sql("DELETE FROM session_vote WHERE entry_id = :id").param("id", id).update();
        jdbc.sql("UPDATE session_entry SET status = 'WITHDRAWN', updated_at = :now WHERE id = :id")
                .param("now", clock.millis()).param("id", id).update();
    }

    public void setInPractice(String id, boolean inPractice) {
        jdbc.sql("UPDATE session_entry SET in_practice = :p, updated_at = :now WHERE id = :id")
                .param("p", inPractice).param("now", clock.millis()).param("id", id).update();
    }

    public boolean hasVoted(String entryId, String voterId) {
        return jdbc.sql("SELECT count(*) FROM session_vote WHERE entry_id = :e AND voter_id = :v")
                .param("e", entryId).param("v", voterId).query(Integer.class).single() > 0;
    }

    public int votesBy(String sessionId, String stepId, String voterId) {
        return jdbc.sql("SELECT count(*) FROM session_vote WHERE session_id = :s AND step_id = :step AND voter_id = :v")
                .param("s", sessionId).param("step", stepId).param("v", voterId).query(Integer.class).single();
    }

    public void vote(String sessionId, String stepId, String entryId, UserRef voter) {
        jdbc.sql("INSERT INTO session_vote (entry_id, voter_id, session_id, step_id, voter_name, voted_at) "
                        + "VALUES (:e, :v, :s, :step, :n, :now) ON CONFLICT (entry_id, voter_id) DO NOTHING")
                .param("e", entryId).param("v", voter.id()).param("s", sessionId).param("step", stepId)
                .param("n", voter.name()).param("now", clock.millis()).update();
    }

    public void unvote(String entryId, String voterId) {
        jdbc.sql("DELETE FROM session_vote WHERE entry_id = :e AND voter_id = :v")
                .param("e", entryId).param("v", voterId).update();
    }

    public void unvoteStep(String sessionId, String stepId, String voterId) {
        jdbc.sql("DELETE FROM session_vote WHERE session_id = :s AND step_id = :step AND voter_id = :v")
                .param("s", sessionId).param("step", stepId).param("v", voterId).update();
    }

    /** Votes per entry of a step (of the step where the voting happened). */
    public Map<String, Integer> voteCounts(String sessionId, String stepId) {
        return jdbc.sql("SELECT entry_id, count(*) AS votes FROM session_vote WHERE session_id = :s AND step_id = :step "
                        + "GROUP BY entry_id")
                .param("s", sessionId).param("step", stepId)
                .query((rs, n) -> Map.entry(rs.getString("entry_id"), rs.getInt("votes")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<String> voterIds(String sessionId, String stepId) {
        return jdbc.sql("SELECT DISTINCT voter_id FROM session_vote WHERE session_id = :s AND step_id = :step")
                .param("s", sessionId).param("step", stepId).query(String.class).list();
    }

    /**
     * Copies an entry into a new session, so a revisit starts from what was agreed last time. It keeps its author
     * and its original time (its history); copied in the order they are shown, the carried entries keep their order.
     */
    public void copy(Entry from, String toSessionId) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO session_entry (" + COLUMNS + ", seq) VALUES (" + VALUES + ", :practice, 'ACTIVE', :now, :now, "
                        + NEXT_SEQ + ")")
                .param("id", id).param("s", toSessionId).param("step", from.stepId()).param("a", from.authorId())
                .param("an", from.authorName()).param("t", from.text()).param("ring", from.ring())
                .param("category", from.category()).param("role", from.role()).param("quality", from.qualityType())
                .param("capital", from.capital()).param("values", from.valueIds()).param("practice", from.inPractice())
                .param("now", from.createdAt()).update();
    }
}
