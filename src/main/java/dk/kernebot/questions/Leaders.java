package dk.kernebot.questions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.institution.InstitutionLeader;
import dk.kernebot.institution.Institutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leaders of each conversation: those set in the chat, then those the conversation's institution names in
 * its file (a person who is both counts once, as set in the chat).
 */
@Component
public class Leaders {

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final ConversationStore conversations;
    private final Clock clock;

    Leaders(JdbcClient jdbc, Institutions institutions, ConversationStore conversations, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.conversations = conversations;
        this.clock = clock;
    }

    public List<Leader> of(String conversationId) {
        List<Leader> leaders = new ArrayList<>(setInChat(conversationId));
        Set<String> already = leaders.stream().map(Leader::aadId).filter(aad -> aad != null)
                .map(aad -> aad.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (InstitutionLeader leader : institutionLeaders(conversationId)) {
            if (!already.contains(leader.aadObjectId())) {
                leaders.add(new Leader(conversationId, conversations.userIdOf(leader.aadObjectId()).orElse(null),
                        leader.aadObjectId(), leader.name(), true));
            }
        }
        return leaders;
    }

    /** Set in the chat by Teams id, or named by the institution and recognised by the Entra id Teams sends. */
    public boolean isLeader(String conversationId, UserRef user) {
        if (user == null || user.id() == null) {
            return false;
        }
        boolean setInChat = jdbc.sql("SELECT count(*) FROM conversation_leader WHERE conversation_id = :c AND user_id = :u")
                .param("c", conversationId).param("u", user.id()).query(Integer.class).single() > 0;
        return setInChat || user.aadObjectId() != null && institutionLeaders(conversationId).stream()
                .anyMatch(l -> l.aadObjectId().equalsIgnoreCase(user.aadObjectId()));
    }

    /** The leader this user is in that conversation, if any (so their key can be compared with an assignment). */
    Optional<Leader> asLeader(String conversationId, UserRef user) {
        return of(conversationId).stream().filter(l -> l.is(user)).findFirst();
    }

    /** The conversations where this Teams user was made leader in the chat. */
    List<String> conversationsLedInChat(String userId) {
        return jdbc.sql("SELECT conversation_id FROM conversation_leader WHERE user_id = :u")
                .param("u", userId).query(String.class).list();
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

    private List<Leader> setInChat(String conversationId) {
        return jdbc.sql("SELECT conversation_id, user_id, aad_id, name FROM conversation_leader "
                        + "WHERE conversation_id = :c ORDER BY set_at, name")
                .param("c", conversationId)
                .query((row, n) -> new Leader(row.getString("conversation_id"), row.getString("user_id"),
                        row.getString("aad_id"), row.getString("name"), false))
                .list();
    }

    private List<InstitutionLeader> institutionLeaders(String conversationId) {
        String teamId = conversations.find(conversationId).map(ConversationRecord::teamId).orElse(null);
        return institutions.leadersOf(conversationId, teamId);
    }
}
