package dk.kernebot.teams;

import java.util.Set;

/**
 * The activity type as a metric tag: one of the types the Bot Connector defines, else {@code other}. A tag made
 * from whatever a request says would let anyone create time series without end in Prometheus.
 */
final class ActivityTypeTag {

    static final Set<String> KNOWN = Set.of("message", "conversationUpdate", "installationUpdate", "invoke", "event",
            "messageReaction", "messageUpdate", "messageDelete", "typing", "endOfConversation", "contactRelationUpdate",
            "deleteUserData", "suggestion", "trace", "handoff", "command", "commandResult");

    private ActivityTypeTag() {
    }

    static String of(String type) {
        return type != null && KNOWN.contains(type) ? type : "other";
    }
}
