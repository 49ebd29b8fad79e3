package dk.kernebot.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * guided_session, session_participant, session_entry, session_vote, session_question, session_referent,
 * session_entry_note (referent mode), session_round and session_round_turn (the round in a meeting chat), session_decision
 * (the answers and comments of an agreement step): every line of SQL about the
 * guided sessions' tables that the privacy features need is here, so a change to those tables is made in one place.
 */
@Component
@Order(30)
class SessionTables implements PersonalTables {

    /** The conversation of a row in a session's child table, for the placeholder's language. */
    private static final String SESSION_CONVERSATION = "(SELECT gs.conversation_id FROM guided_session gs WHERE gs.id = %s.session_id)";
    private static final List<String> CHILDREN = List.of("session_goal_note", "session_entry_note", "session_referent",
            "session_round_turn", "session_round", "session_decision", "session_vote", "session_entry", "session_question", "session_participant",
            "session_list_page");

    private final JdbcClient jdbc;
    private final Scrubber scrubber;

    SessionTables(JdbcClient jdbc, Scrubber scrubber) {
        this.jdbc = jdbc;
        this.scrubber = scrubber;
    }

    @Override
    public void findIds(Person person) {
        Rows.ids(jdbc, person, "SELECT user_id, aad_id FROM session_participant WHERE lower(aad_id) = lower(:asked) OR user_id = :asked",
                "SELECT facilitator_id, facilitator_aad_id FROM guided_session "
                        + "WHERE lower(facilitator_aad_id) = lower(:asked) OR facilitator_id = :asked",
                "SELECT user_id, aad_id FROM session_referent WHERE lower(aad_id) = lower(:asked) OR user_id = :asked");
    }

    @Override
    public void findTraces(Person person) {
        Rows.traces(jdbc, person, "SELECT facilitator_name, conversation_id FROM guided_session WHERE facilitator_id IN (:ids)",
                "SELECT c.name, s.conversation_id FROM session_participant c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.user_id IN (:ids)",
                "SELECT c.author_name, s.conversation_id FROM session_entry c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.author_id IN (:ids)",
                "SELECT c.voter_name, s.conversation_id FROM session_vote c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.voter_id IN (:ids)",
                "SELECT c.asked_by_name, s.conversation_id FROM session_question c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.asked_by_id IN (:ids)",
                "SELECT c.by_name, s.conversation_id FROM session_decision c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.by_id IN (:ids)",
                "SELECT c.name, s.conversation_id FROM session_referent c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.user_id IN (:ids)",
                "SELECT c.noted_by_name, s.conversation_id FROM session_entry_note c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.noted_by_id IN (:ids)",
                "SELECT c.name, s.conversation_id FROM session_round_turn c "
                        + "JOIN guided_session s ON s.id = c.session_id WHERE c.user_id IN (:ids)");
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
        Map<String, Object> p = person.params();
        document.put("sessions", Rows.export(jdbc, """
                SELECT s.id, s.conversation_id, s.process_id, s.status, s.facilitator_name, s.started_by_name,
                       s.agreed_text, s.agreed_by_name, s.started_at, s.finished_at
                FROM guided_session s
                WHERE s.facilitator_id IN (:ids)
                   OR s.conversation_id IN (:conversations) AND (s.started_by_name IN (:names) OR s.agreed_by_name IN (:names))
                   OR EXISTS (SELECT 1 FROM session_participant c WHERE c.session_id = s.id AND c.user_id IN (:ids))
                ORDER BY s.started_at""", p));
        document.put("sessionContributions", Rows.export(jdbc, """
                SELECT session_id, step_id, text, ring, category, role, quality_type, capital, status, author_name, created_at,
                       updated_at FROM session_entry
                WHERE author_id IN (:ids) ORDER BY created_at""", p));
        document.put("sessionVotes", Rows.export(jdbc, """
                SELECT v.session_id, v.step_id, e.text AS voted_for, v.voter_name, v.voted_at
                FROM session_vote v JOIN session_entry e ON e.id = v.entry_id
                WHERE v.voter_id IN (:ids) ORDER BY v.voted_at""", p));
        document.put("sessionGoalAgreements", Rows.export(jdbc, """
                SELECT session_id, step_id, role, outcome, text, seen_text AS proposal, by_name, decided_at
                FROM session_decision WHERE by_id IN (:ids) ORDER BY decided_at""", p));
        document.put("sessionQuestions", Rows.export(jdbc, """
                SELECT session_id, step_id, text, note, status, asked_by_name, created_at FROM session_question
                WHERE asked_by_id IN (:ids) ORDER BY created_at""", p));
        // Referent mode and the round in a meeting chat: what they were named as, wrote down for others, and ticked.
        document.put("sessionReferentOf", Rows.export(jdbc, """
                SELECT session_id, name, named_at FROM session_referent
                WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad) ORDER BY named_at""", p));
        document.put("sessionNotedForOthers", Rows.export(jdbc, """
                SELECT n.session_id, e.step_id, e.text, e.author_name AS said_by, n.noted_by_name, n.noted_at
                FROM session_entry_note n JOIN session_entry e ON e.id = n.entry_id
                WHERE n.noted_by_id IN (:ids) ORDER BY n.noted_at""", p));
        document.put("sessionRoundsStarted", Rows.export(jdbc, """
                SELECT r.session_id, r.step_id, r.started_by_name, r.started_at
                FROM session_round r JOIN guided_session s ON s.id = r.session_id
                WHERE s.conversation_id IN (:conversations) AND r.started_by_name IN (:names) ORDER BY r.started_at""", p));
        document.put("sessionRoundTurns", Rows.export(jdbc, """
                SELECT session_id, step_id, name, ticked_at FROM session_round_turn
                WHERE user_id IN (:ids) ORDER BY ticked_at""", p));
    }

    @Override
    public void erase(Person person, Former former) {
        Map<String, Object> p = person.params();
        p.putAll(former.params());
        String own = Former.nameIn("guided_session.conversation_id");
        jdbc.sql("UPDATE guided_session SET facilitator_id = :formerId, facilitator_aad_id = NULL, facilitator_name = "
                + own + " WHERE facilitator_id IN (:ids) OR lower(facilitator_aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE guided_session SET started_by_name = " + own
                + " WHERE conversation_id IN (:conversations) AND started_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE guided_session SET agreed_by_name = " + own
                + " WHERE conversation_id IN (:conversations) AND agreed_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE session_participant SET user_id = :formerId, aad_id = NULL, name = " + child("session_participant")
                + " WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE session_entry SET author_id = :formerId, author_name = " + child("session_entry")
                + " WHERE author_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE session_referent SET user_id = :formerId, aad_id = NULL, name = " + child("session_referent")
                + " WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE session_entry_note SET noted_by_id = :formerId, noted_by_name = " + child("session_entry_note")
                + " WHERE noted_by_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE session_round_turn SET user_id = :formerId, name = " + child("session_round_turn")
                + " WHERE user_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE session_round SET started_by_name = " + child("session_round")
                + " WHERE session_id IN (SELECT id FROM guided_session WHERE conversation_id IN (:conversations))"
                + " AND started_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE session_vote SET voter_id = :formerId, voter_name = " + child("session_vote")
                + " WHERE voter_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE session_question SET asked_by_id = :formerId, asked_by_name = " + child("session_question")
                + " WHERE asked_by_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE session_decision SET by_id = :formerId, by_name = " + child("session_decision")
                + " WHERE by_id IN (:ids)").params(p).update();
        // What others wrote about them in their sessions (the sessions' own row is scrubbed by its conversation id).
        String theirSessions = "session_id IN (SELECT id FROM guided_session WHERE conversation_id IN (:conversations))";
        scrubber.names("session_entry", "text", theirSessions, person, former);
        scrubber.names("session_question", "text", theirSessions, person, former);
        scrubber.names("session_question", "note", theirSessions, person, former);
        scrubber.names("session_decision", "text", theirSessions, person, former);
        scrubber.names("session_decision", "seen_text", theirSessions, person, former);
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        batches.run("SELECT id FROM guided_session WHERE conversation_id = :c LIMIT :limit", Map.of("c", conversationId),
                this::deleteSessions);
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        deleted.merge("sessions", batches.run("""
                SELECT id FROM guided_session WHERE status IN ('COMPLETED', 'ENDED') AND finished_at < :before
                LIMIT :limit""", Map.of("before", cutoffs.sessions()), this::deleteSessions), Integer::sum);
    }

    /** Whole sessions, children first (votes point at entries, everything at the session). */
    private void deleteSessions(List<String> sessionIds) {
        for (String table : CHILDREN) {
            jdbc.sql("DELETE FROM " + table + " WHERE session_id IN (:ids)").param("ids", sessionIds).update();
        }
        jdbc.sql("DELETE FROM guided_session WHERE id IN (:ids)").param("ids", sessionIds).update();
    }

    private static String child(String table) {
        return Former.nameIn(SESSION_CONVERSATION.formatted(table));
    }
}
