package dk.kernebot.questions;

/** A leader of a conversation: receives its questions in a 1:1 chat with the bot. */
public record Leader(String conversationId, String userId, String aadId, String name) {
}
