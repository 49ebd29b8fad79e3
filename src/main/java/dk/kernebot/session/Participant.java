package dk.kernebot.session;

/** Someone the session knows: from the conversation's roster, or because they took part. */
public record Participant(String sessionId, String userId, String aadId, String name, boolean inRoster, boolean active) {

    public String displayName() {
        return name == null || name.isBlank() ? "?" : name;
    }
}
