package dk.kernebot.session;

/** Someone the session knows: from the conversation's roster, or because they took part. */
public record Participant(String sessionId, String userId, String aadId, String name, boolean inRoster, boolean active) {

    /** The id of someone in the room without a Teams account, recorded by a typed name: {@code room:<name>}. */
    public static final String ROOM = "room:";

    /** Whether they can be reached in Teams: someone recorded by a typed name cannot, and is never messaged. */
    public boolean inTeams() {
        return !isInRoomOnly(userId);
    }

    public static boolean isInRoomOnly(String userId) {
        return userId != null && userId.startsWith(ROOM);
    }

    public String displayName() {
        return name == null || name.isBlank() ? "?" : name;
    }
}
