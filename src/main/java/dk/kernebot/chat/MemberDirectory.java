package dk.kernebot.chat;

/** Asks Teams about people; implemented by the Teams adapter, so features need no SDK. */
public interface MemberDirectory {

    /** True when Teams says the user is an owner of the team (false outside teams, or when Teams cannot tell). */
    boolean isTeamOwner(String conversationId, String teamId, String userId);

    /**
     * The people in a conversation (for a channel: the team's members), as Teams lists them; empty when Teams
     * cannot tell, so callers fall back to the people who have taken part.
     */
    java.util.List<UserRef> members(String conversationId);
}
