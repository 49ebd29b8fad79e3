package dk.kernebot.chat;

/**
 * A Teams user as the bot sees them: the channel account id (stable per bot), the Entra object id where
 * Teams sends it, and the display name at the time of the activity.
 */
public record UserRef(String id, String aadObjectId, String name) {

    public String displayName() {
        return name == null || name.isBlank() ? "?" : name;
    }
}
