package dk.kernebot.questions;

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
}
