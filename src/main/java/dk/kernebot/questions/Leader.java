package dk.kernebot.questions;

import dk.kernebot.chat.UserRef;

/**
 * A leader of a conversation: receives its questions in a 1:1 chat with the bot. Set in the chat ("leder @navn"),
 * or named by the institution's file, in which case Teams' user id may not be known yet (null) until the bot
 * first reaches them.
 */
public record Leader(String conversationId, String userId, String aadId, String name, boolean fromInstitution) {

    /**
     * Who this leader is, stably, for dedupe keys, forwarding and assignment: the Teams id for leaders set in the
     * chat, the Entra object id for the institution's, whose Teams id is learned later and must not change the key.
     */
    public String key() {
        return fromInstitution ? "aad:" + aadId : userId;
    }

    /** The user is this leader: by Teams id, or by the Entra id Teams sends along. */
    public boolean is(UserRef user) {
        return user != null && (userId != null && userId.equals(user.id())
                || aadId != null && user.aadObjectId() != null && aadId.equalsIgnoreCase(user.aadObjectId()));
    }
}
