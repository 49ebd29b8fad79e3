package dk.kernebot.institution;

import java.util.List;

/**
 * What an institution's leader leads: conversations linked by their own id, and teams (every channel of them).
 * A conversation linked elsewhere on its own overrides its team's link, so callers still check each conversation.
 */
public record LedScope(List<String> conversationIds, List<String> teamIds) {

    public LedScope {
        conversationIds = List.copyOf(conversationIds);
        teamIds = List.copyOf(teamIds);
    }

    public boolean isEmpty() {
        return conversationIds.isEmpty() && teamIds.isEmpty();
    }
}
