package dk.kernebot.outbox;

/**
 * The actual send, which the chat platform's adapter implements (Teams: {@code teams/ProactiveSender}). The outbox
 * decides when a row goes, in which order, how fast and how often; the transport only finds where it goes and puts
 * it there. Both methods run on a sender thread and may block on the network.
 *
 * <p>A send that went wrong throws {@link SendFailure} saying how; any other exception counts as a network fault
 * and is tried again later.
 */
public interface MessageTransport {

    /**
     * Where the row goes: its conversation, or for a person their personal chat ({@link OutboxRow#sentConversation()}
     * when an earlier attempt opened one), opened now when the bot has none with them yet.
     */
    Destination destination(OutboxRow row);

    /** Posts the row there (as a reply when it has {@code replyToId}); the new message's id, or null when not told. */
    String send(OutboxRow row, Destination destination);

    /**
     * @param serviceUrl the platform endpoint that serves the conversation
     * @param opened     a personal chat was opened for this row just now; it is kept with the row, so a retry does
     *                   not open another
     */
    record Destination(String conversationId, String serviceUrl, boolean opened) {
    }
}
