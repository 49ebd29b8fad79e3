package dk.kernebot.chat;

/** Asks Teams about people; implemented by the Teams adapter, so features need no SDK. */
public interface MemberDirectory {

    /** True when Teams says the user is an owner of the team (false outside teams, or when Teams cannot tell). */
    boolean isTeamOwner(String conversationId, String teamId, String userId);
}
