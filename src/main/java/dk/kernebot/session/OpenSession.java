package dk.kernebot.session;

/** A session that is running or paused in a conversation, as a meeting start card shows it. */
public record OpenSession(String sessionId, String processTitle, String stepTitle, boolean paused) {
}
