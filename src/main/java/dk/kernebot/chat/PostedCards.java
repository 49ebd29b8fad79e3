package dk.kernebot.chat;

import java.util.Optional;

/** Which Teams message holds the newest copy of a tagged card in a conversation. */
public interface PostedCards {

    void remember(String conversationId, String tag, String activityId);

    Optional<String> activityOf(String conversationId, String tag);
}
