package dk.kernebot.outbox;

/**
 * A message to send later, without the user writing first: into a stored conversation (optionally as a reply in
 * a thread), or 1:1 to a person, in which case the sender opens the personal chat if there is none.
 * Content is a card (Adaptive Card JSON) or text; {@code mention} makes the text @mention someone.
 */
public record OutboundMessage(String dedupeKey, Target target, String text, String cardJson, Mention mention) {

    public sealed interface Target permits Conversation, Person {
    }

    /** @param replyToId the activity to reply to (a channel thread), or null for a new message */
    public record Conversation(String conversationId, String replyToId) implements Target {
    }

    /**
     * @param viaConversationId a conversation the person and the bot share; it tells the sender the service URL
     *                          and tenant to open the personal chat with
     */
    public record Person(String userId, String aadObjectId, String name, String viaConversationId) implements Target {
    }

    /** Someone the text mentions; the text must contain {@code <at>name</at>}. */
    public record Mention(String userId, String name) {
    }

    public static OutboundMessage card(String dedupeKey, Target target, String cardJson) {
        return new OutboundMessage(dedupeKey, target, null, cardJson, null);
    }

    public static OutboundMessage text(String dedupeKey, Target target, String text, Mention mention) {
        return new OutboundMessage(dedupeKey, target, text, null, mention);
    }
}
