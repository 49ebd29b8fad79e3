package dk.kernebot.privacy;

import java.time.Instant;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** question, conversation_leader. */
@Component
@Order(20)
class QuestionTables implements PersonalTables {

    private final JdbcClient jdbc;

    QuestionTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void findIds(Person person) {
        Rows.ids(jdbc, person, "SELECT asked_by_id, asked_by_aad_id FROM question WHERE lower(asked_by_aad_id) = lower(:asked) OR asked_by_id = :asked",
                "SELECT user_id, aad_id FROM conversation_leader WHERE lower(aad_id) = lower(:asked) OR user_id = :asked");
    }

    @Override
    public void findTraces(Person person) {
        Rows.traces(jdbc, person, "SELECT asked_by_name, conversation_id FROM question WHERE asked_by_id IN (:ids)",
                "SELECT assigned_to_name, conversation_id FROM question "
                        + "WHERE assigned_to_id IN (:ids) OR assigned_to_id IN (:aadKeys)",
                "SELECT name, conversation_id FROM conversation_leader WHERE user_id IN (:ids)");
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
        Map<String, Object> p = person.params();
        document.put("questionsAsked", Rows.export(jdbc, """
                SELECT conversation_id, text, source_context, status, answer, handled_by_name, created_at, handled_at
                FROM question WHERE asked_by_id IN (:ids) ORDER BY created_at""", p));
        document.put("questionsForYouAsLeader", Rows.export(jdbc, """
                SELECT conversation_id, text, asked_by_name, status, answer, handled_by_name, created_at, handled_at
                FROM question WHERE assigned_to_id IN (:ids) OR assigned_to_id IN (:aadKeys)
                   OR conversation_id IN (:conversations) AND handled_by_name IN (:names)
                ORDER BY created_at""", p));
        document.put("leaderOf", Rows.export(jdbc, """
                SELECT conversation_id, name, set_by_name, set_at FROM conversation_leader
                WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)""", p));
    }

    @Override
    public void erase(Person person, Former former) {
        Map<String, Object> p = person.params();
        p.putAll(former.params());
        String name = Former.nameIn("question.conversation_id");
        jdbc.sql("UPDATE question SET asked_by_id = :formerId, asked_by_aad_id = NULL, asked_by_name = " + name
                + " WHERE asked_by_id IN (:ids) OR lower(asked_by_aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE question SET assigned_to_id = :formerId, assigned_to_name = " + name
                + " WHERE assigned_to_id IN (:ids) OR assigned_to_id IN (:aadKeys)").params(p).update();
        jdbc.sql("UPDATE question SET handled_by_name = " + name
                + " WHERE conversation_id IN (:conversations) AND handled_by_name IN (:names)").params(p).update();
        // Leading a conversation is a role, not a contribution: the erased person simply no longer leads it.
        jdbc.sql("DELETE FROM conversation_leader WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE conversation_leader SET set_by_name = " + Former.nameIn("conversation_leader.conversation_id")
                + " WHERE conversation_id IN (:conversations) AND set_by_name IN (:names)").params(p).update();
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        batches.run("SELECT id FROM question WHERE conversation_id = :c LIMIT :limit", Map.of("c", conversationId),
                ids -> jdbc.sql("DELETE FROM question WHERE id IN (:ids)").param("ids", ids).update());
        jdbc.sql("DELETE FROM conversation_leader WHERE conversation_id = :c").param("c", conversationId).update();
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        deleted.merge("questions", batches.run("""
                SELECT id FROM question WHERE status IN ('ANSWERED', 'REJECTED') AND handled_at < :before
                LIMIT :limit""", Map.of("before", cutoffs.questions()),
                ids -> jdbc.sql("DELETE FROM question WHERE id IN (:ids)").param("ids", ids).update()), Integer::sum);
    }
}
