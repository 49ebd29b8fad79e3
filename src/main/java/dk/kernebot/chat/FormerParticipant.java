package dk.kernebot.chat;

/**
 * Someone whose personal data was erased: shared records keep their contribution under a placeholder name
 * ("Tidligere deltager") and a made-up user id with this prefix, unique per erased person and tied to nothing.
 * No message can reach such an id, so nothing is ever queued for one.
 */
public final class FormerParticipant {

    public static final String ID_PREFIX = "former:";

    private FormerParticipant() {
    }

    public static boolean is(String userId) {
        return userId != null && userId.startsWith(ID_PREFIX);
    }
}
