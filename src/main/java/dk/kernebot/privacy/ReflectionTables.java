package dk.kernebot.privacy;

import java.time.Instant;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** reflection_draw, reflection_answer, conversation_deck, conversation_age_group. */
@Component
@Order(10)
class ReflectionTables implements PersonalTables {

    private final JdbcClient jdbc;

    ReflectionTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void findIds(Person person) {
        Rows.ids(jdbc, person, "SELECT author_id, author_aad_id FROM reflection_answer WHERE lower(author_aad_id) = lower(:asked) OR author_id = :asked");
    }

    @Override
    public void findTraces(Person person) {
        Rows.traces(jdbc, person, "SELECT author_name, conversation_id FROM reflection_answer WHERE author_id IN (:ids)",
                "SELECT drawn_by_name, conversation_id FROM reflection_draw WHERE drawn_by_id IN (:ids)");
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
        Map<String, Object> p = person.params();
        document.put("reflectionAnswers", Rows.export(jdbc, """
                SELECT conversation_id, theme_name, question, answer, author_name, created_at FROM reflection_answer
                WHERE author_id IN (:ids) ORDER BY created_at""", p));
        document.put("reflectionCards", Rows.export(jdbc, """
                SELECT conversation_id, card_id, status, drawn_by_name, drawn_at, closed_by_name, closed_at
                FROM reflection_draw
                WHERE drawn_by_id IN (:ids) OR conversation_id IN (:conversations) AND closed_by_name IN (:names)
                ORDER BY drawn_at""", p));
        document.put("deckChoices", Rows.export(jdbc, """
                SELECT conversation_id, deck_id, chosen_by, chosen_at FROM conversation_deck
                WHERE conversation_id IN (:conversations) AND chosen_by IN (:names)""", p));
    }

    @Override
    public void erase(Person person, Former former) {
        Map<String, Object> p = person.params();
        p.putAll(former.params());
        jdbc.sql("UPDATE reflection_answer SET author_id = :formerId, author_aad_id = NULL, author_name = "
                + Former.nameIn("reflection_answer.conversation_id") + " WHERE author_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE reflection_draw SET drawn_by_id = :formerId, drawn_by_name = "
                + Former.nameIn("reflection_draw.conversation_id") + " WHERE drawn_by_id IN (:ids)").params(p).update();
        // Names kept without an id: only where the person took part, so a namesake elsewhere keeps theirs.
        jdbc.sql("UPDATE reflection_draw SET drawn_by_name = " + Former.nameIn("reflection_draw.conversation_id")
                + " WHERE conversation_id IN (:conversations) AND drawn_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE reflection_draw SET closed_by_name = " + Former.nameIn("reflection_draw.conversation_id")
                + " WHERE conversation_id IN (:conversations) AND closed_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE conversation_deck SET chosen_by = " + Former.nameIn("conversation_deck.conversation_id")
                + " WHERE conversation_id IN (:conversations) AND chosen_by IN (:names)").params(p).update();
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        Map<String, Object> c = Map.of("c", conversationId);
        batches.run("SELECT id FROM reflection_answer WHERE conversation_id = :c LIMIT :limit", c,
                ids -> jdbc.sql("DELETE FROM reflection_answer WHERE id IN (:ids)").param("ids", ids).update());
        batches.run("SELECT id FROM reflection_draw WHERE conversation_id = :c LIMIT :limit", c,
                ids -> jdbc.sql("DELETE FROM reflection_draw WHERE id IN (:ids)").param("ids", ids).update());
        jdbc.sql("DELETE FROM conversation_deck WHERE conversation_id = :c").params(c).update();
        jdbc.sql("DELETE FROM conversation_age_group WHERE conversation_id = :c").params(c).update();
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        Map<String, Object> before = Map.of("before", cutoffs.answers());
        deleted.merge("answers", batches.run(
                "SELECT id FROM reflection_answer WHERE created_at < :before LIMIT :limit", before,
                ids -> jdbc.sql("DELETE FROM reflection_answer WHERE id IN (:ids)").param("ids", ids).update()), Integer::sum);
        // A draw says who drew which card when; once no saved answer refers to it, it goes with the same period.
        deleted.merge("reflection-draws", batches.run("""
                SELECT id FROM reflection_draw d WHERE COALESCE(d.closed_at, d.drawn_at) < :before
                AND NOT EXISTS (SELECT 1 FROM reflection_answer a WHERE a.draw_id = d.id) LIMIT :limit""", before,
                ids -> jdbc.sql("DELETE FROM reflection_draw WHERE id IN (:ids)").param("ids", ids).update()), Integer::sum);
    }
}
