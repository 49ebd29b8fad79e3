package dk.kernebot.conversation;

import dk.kernebot.chat.ConversationType;

/** What an incoming activity tells us about its conversation, for {@link ConversationStore#remember}. */
public record ConversationReference(
        String conversationId,
        String tenantId,
        String channelId,
        String serviceUrl,
        ConversationType type,
        String teamId,
        String botId,
        String botName,
        String locale) {
}
