package dk.kernebot.chat;

import java.util.List;
import java.util.Locale;

/**
 * Everything a feature needs to know about who said something, and where, without any Teams SDK type.
 * {@code conversationId} is the conversation itself (for a channel: the channel, not one thread of it);
 * {@code threadId} is the thread the message was in, where there is one; {@code mentioned} are the people the
 * message @mentions, the bot left out.
 */
public record ChatContext(
        String conversationId,
        ConversationType conversationType,
        String tenantId,
        String teamId,
        String threadId,
        UserRef user,
        List<UserRef> mentioned,
        Locale locale) {

    public ChatContext {
        mentioned = mentioned == null ? List.of() : List.copyOf(mentioned);
    }

    public boolean isGroup() {
        return conversationType.isGroup();
    }
}
