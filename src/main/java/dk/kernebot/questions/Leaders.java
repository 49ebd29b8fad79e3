package dk.kernebot.questions;

import java.time.Clock;
import java.util.List;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The leaders of each conversation. */
@Component
public class Leaders {

    private final JdbcClient jdbc;
    private final Clock clock;

    Leaders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Leader> of(String conversationId) {
        return jdbc.sql("SELECT conversation_id, user_id, aad_id, name FROM conversation_leader "
                        + "WHERE conversation_id = :c ORDER BY set_at, name")
                .param("c", conversationId)
                .query(Leader.class)
                .list();
    }

    public boolean isLeader(String conversationId, String userId) {
        return userId != null && jdbc.sql("SELECT count(*) FROM conversation_leader WHERE conversation_id = :c AND user_id = :u")
                .param("c", conversationId).param("u", userId).query(Integer.class).single() > 0;
    }

    /** @return false if the person already was a leader here */
    boolean add(ChatContext context, UserRef person) {
        return jdbc.sql("""
                INSERT INTO conversation_leader (conversation_id, user_id, aad_id, name, set_by_name, set_at)
                VALUES (:c, :u, :aad, :name, :by, :at) ON CONFLICT (conversation_id, user_id) DO NOTHING
                """)
                .param("c", context.conversationId())
                .param("u", person.id())
                .param("aad", person.aadObjectId())
                .param("name", person.name())
                .param("by", context.user().name())
                .param("at", clock.millis())
                .update() == 1;
    }

    boolean remove(String conversationId, String userId) {
        return jdbc.sql("DELETE FROM conversation_leader WHERE conversation_id = :c AND user_id = :u")
                .param("c", conversationId).param("u", userId).update() == 1;
    }
}
