package dk.kernebot.privacy;

import java.time.Instant;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * card_copy: the whole of a message that was too large for Teams, behind its link. A copy holds nothing that is not
 * also in the tables it was drawn from, so it is found, exported and erased through those; here it only goes away:
 * with its conversation, when its link expires, and in every conversation of a person who is erased (a copy is a
 * convenience, and a later command makes a new one from the scrubbed data).
 */
@Component
@Order(60)
class CardCopyTables implements PersonalTables {

    private final JdbcClient jdbc;

    CardCopyTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void findIds(Person person) {
    }

    @Override
    public void findTraces(Person person) {
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
    }

    @Override
    public void erase(Person person, Former former) {
        jdbc.sql("DELETE FROM card_copy WHERE conversation_id IN (:conversations)").params(person.params()).update();
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        jdbc.sql("DELETE FROM card_copy WHERE conversation_id = :c").param("c", conversationId).update();
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        deleted.merge("card-copies", batches.repeat("DELETE FROM card_copy WHERE id IN (SELECT id FROM card_copy "
                + "WHERE expires_at < :now LIMIT :limit)", Map.of("now", now.toEpochMilli())), Integer::sum);
    }
}
