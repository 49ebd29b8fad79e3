package dk.kernebot.privacy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * outbox. A message's text and card are the copy of what was sent; once it went out (or never will) they are
 * emptied after the retention period. The row itself stays: its key is what keeps the message from being sent twice.
 */
@Component
@Order(50)
class OutboxTables implements PersonalTables {

    private static final String CONTENT = "text IS NOT NULL OR card_json IS NOT NULL OR user_name IS NOT NULL "
            + "OR mention_name IS NOT NULL OR mention_user_id IS NOT NULL";
    private static final String EMPTY = "text = NULL, card_json = NULL, user_name = NULL, mention_name = NULL, "
            + "mention_user_id = NULL";
    private static final String TO_THEM = "target_kind = 'PERSON' AND (user_id IN (:ids) OR lower(user_aad_id) IN (:aad))";

    private final JdbcClient jdbc;

    OutboxTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void findIds(Person person) {
        Rows.ids(jdbc, person, "SELECT user_id, user_aad_id FROM outbox WHERE lower(user_aad_id) = lower(:asked) OR user_id = :asked");
    }

    @Override
    public void findTraces(Person person) {
        Rows.traces(jdbc, person, "SELECT user_name FROM outbox WHERE user_id IN (:ids)",
                "SELECT mention_name, conversation_id FROM outbox WHERE mention_user_id IN (:ids)");
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
        document.put("messagesToYou", Rows.export(jdbc, "SELECT via_conversation, status, text, card_json, created_at, "
                + "sent_at FROM outbox WHERE " + TO_THEM + " ORDER BY created_at", person.params()));
    }

    @Override
    public void erase(Person person, Former former) {
        Map<String, Object> p = person.params();
        jdbc.sql("DELETE FROM outbox WHERE " + TO_THEM).params(p).update();
        // A message to a group that mentions them still goes out, naming the placeholder instead.
        for (String name : person.names()) {
            Map<String, Object> mention = new HashMap<>(p);
            mention.putAll(former.params());
            mention.put("tag", "<at>" + name + "</at>");
            jdbc.sql("UPDATE outbox SET text = REPLACE(text, :tag, " + Former.nameIn("outbox.conversation_id")
                    + ") WHERE mention_user_id IN (:ids)").params(mention).update();
        }
        jdbc.sql("UPDATE outbox SET mention_user_id = NULL, mention_name = NULL WHERE mention_user_id IN (:ids)")
                .params(p).update();
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        batches.run("SELECT id FROM outbox WHERE conversation_id = :c OR via_conversation = :c OR sent_conversation = :c "
                        + "LIMIT :limit", Map.of("c", conversationId),
                ids -> jdbc.sql("DELETE FROM outbox WHERE id IN (:ids)").param("ids", ids).update());
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        deleted.merge("outbox-sent", batches.repeat("UPDATE outbox SET " + EMPTY + " WHERE id IN (SELECT id FROM outbox "
                + "WHERE status = 'SENT' AND sent_at < :before AND (" + CONTENT + ") LIMIT :limit)",
                Map.of("before", cutoffs.outboxSent())), Integer::sum);
        deleted.merge("outbox-failed", batches.repeat("UPDATE outbox SET " + EMPTY + " WHERE id IN (SELECT id FROM outbox "
                + "WHERE status = 'FAILED' AND created_at < :before AND (" + CONTENT + ") LIMIT :limit)",
                Map.of("before", cutoffs.outboxFailed())), Integer::sum);
    }
}
