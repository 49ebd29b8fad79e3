package dk.kernebot.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * conversation, personal_chat, posted_card, processed_activity, meeting_event, meeting_setting, institution_link,
 * institution_leader, institution_chef, conversation_removal, data_export. Runs last: the other tables point at conversation.
 */
@Component
@Order(1000)
class ConversationTables implements PersonalTables {

    private final JdbcClient jdbc;

    ConversationTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void findIds(Person person) {
        Rows.ids(jdbc, person, "SELECT user_id, aad_id FROM personal_chat WHERE lower(aad_id) = lower(:asked) OR user_id = :asked",
                "SELECT user_id, aad_id FROM data_export WHERE lower(aad_id) = lower(:asked) OR user_id = :asked",
                "SELECT NULL, aad_id FROM institution_leader WHERE lower(aad_id) = lower(:asked)",
                "SELECT NULL, aad_id FROM institution_chef WHERE lower(aad_id) = lower(:asked)");
    }

    @Override
    public void findTraces(Person person) {
        Map<String, Object> p = person.params();
        jdbc.sql("SELECT conversation_id FROM personal_chat WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)").params(p)
                .query((row, n) -> {
                    person.addPersonalChat(row.getString(1));
                    person.addConversation(row.getString(1));
                    return null;
                }).list();
        // A 1:1 chat has one person in it: any personal conversation they wrote in is theirs (Teams may have given
        // them a new one since, which personal_chat then names instead).
        jdbc.sql("SELECT id FROM conversation WHERE conversation_type = 'PERSONAL' AND id IN (:conversations)")
                .params(p).query(String.class).list().forEach(person::addPersonalChat);
        Rows.traces(jdbc, person, "SELECT name FROM institution_leader WHERE lower(aad_id) IN (:aad)",
                "SELECT name FROM institution_chef WHERE lower(aad_id) IN (:aad)");
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
        Map<String, Object> p = person.params();
        document.put("conversations", Rows.export(jdbc, """
                SELECT id, conversation_type, team_id, first_seen_at, last_seen_at FROM conversation
                WHERE id IN (:conversations) ORDER BY first_seen_at""", p));
        document.put("personalChats", Rows.export(jdbc, """
                SELECT conversation_id, updated_at FROM personal_chat WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)""", p));
        document.put("institutionLeaderOf", Rows.export(jdbc, """
                SELECT institution_id, name FROM institution_leader WHERE lower(aad_id) IN (:aad)""", p));
        document.put("institutionChefOf", Rows.export(jdbc, """
                SELECT institution_id, name FROM institution_chef WHERE lower(aad_id) IN (:aad)""", p));
        document.put("settingsYouChanged", Rows.export(jdbc, """
                SELECT conversation_id, start_notices, set_by_name, set_at FROM meeting_setting
                WHERE conversation_id IN (:conversations) AND set_by_name IN (:names)""", p));
        document.put("institutionLinksYouMade", Rows.export(jdbc, """
                SELECT kind, ref_id, institution_id, linked_by, linked_at FROM institution_link
                WHERE linked_by IN (:names) AND (ref_id IN (:conversations)
                   OR ref_id IN (SELECT team_id FROM conversation WHERE id IN (:conversations)))""", p));
    }

    @Override
    public void erase(Person person, Former former) {
        Map<String, Object> p = person.params();
        p.putAll(former.params());
        jdbc.sql("DELETE FROM personal_chat WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)").params(p).update();
        jdbc.sql("DELETE FROM data_export WHERE user_id IN (:ids) OR lower(aad_id) IN (:aad)").params(p).update();
        // A leader named in an institution's file is no longer one; the file's next version should leave them out.
        jdbc.sql("DELETE FROM institution_leader WHERE lower(aad_id) IN (:aad)").params(p).update();
        jdbc.sql("DELETE FROM institution_chef WHERE lower(aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE meeting_setting SET set_by_name = " + Former.nameIn("meeting_setting.conversation_id")
                + " WHERE conversation_id IN (:conversations) AND set_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE institution_link SET linked_by = CAST(:formerDa AS VARCHAR(256)) WHERE linked_by IN (:names) "
                + "AND (ref_id IN (:conversations) OR ref_id IN (SELECT team_id FROM conversation WHERE id IN (:conversations)))")
                .params(p).update();
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        Map<String, Object> c = Map.of("c", conversationId);
        Optional<String> team = jdbc.sql("SELECT team_id FROM conversation WHERE id = :c").params(c)
                .query(String.class).optional();
        for (String table : new String[] {"posted_card", "processed_activity", "meeting_event", "meeting_setting",
                "personal_chat"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE conversation_id = :c").params(c).update();
        }
        // Links the chat made go with it; the ones an institution's file makes are the administrator's to change.
        jdbc.sql("DELETE FROM institution_link WHERE kind = 'conversation' AND ref_id = :c AND source = 'chat'")
                .params(c).update();
        jdbc.sql("DELETE FROM conversation WHERE id = :c").params(c).update();
        team.ifPresent(t -> jdbc.sql("DELETE FROM institution_link WHERE kind = 'team' AND ref_id = :t AND source = 'chat' "
                + "AND NOT EXISTS (SELECT 1 FROM conversation WHERE team_id = :t)").param("t", t).update());
        jdbc.sql("DELETE FROM conversation_removal WHERE conversation_id = :c").params(c).update();
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        deleted.merge("export-links", batches.repeat("DELETE FROM data_export WHERE token IN (SELECT token FROM data_export "
                + "WHERE expires_at < :now LIMIT :limit)", Map.of("now", now.toEpochMilli())), Integer::sum);
    }
}
