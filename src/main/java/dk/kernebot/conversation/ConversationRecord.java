package dk.kernebot.conversation;

import dk.kernebot.chat.ConversationType;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored conversation reference: enough to post into the conversation later, without the user writing first.
 * Times are epoch milliseconds, which sort and compare the same on SQLite and PostgreSQL.
 */
@Table("conversation")
public record ConversationRecord(
        @Id String id,
        String tenantId,
        String channelId,
        String serviceUrl,
        ConversationType conversationType,
        String teamId,
        String botId,
        String botName,
        String locale,
        long firstSeenAt,
        long lastSeenAt,
        Long welcomedAt) {
}
