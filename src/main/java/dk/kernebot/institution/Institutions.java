package dk.kernebot.institution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which institution a conversation belongs to, and what that institution has put on the table: its formal
 * kerneopgave and its værdisæt. Read on every use rather than cached, so an imported change shows at once on
 * every instance.
 */
@Component
public class Institutions {

    private final InstitutionStore store;

    Institutions(InstitutionStore store) {
        this.store = store;
    }

    /**
     * @param conversationId the conversation (for a channel: the channel itself, without ";messageid=...")
     * @param teamId         the Teams team of a channel, or null outside teams
     * @return the institution linked to the conversation, else the one linked to its team
     */
    public Optional<InstitutionProfile> forConversation(String conversationId, String teamId) {
        return store.owner(conversationId, teamId).flatMap(store::profile);
    }

    /** The leaders the institution's file names for this conversation (through its own link or its team's). */
    public List<InstitutionLeader> leadersOf(String conversationId, String teamId) {
        return store.owner(conversationId, teamId).map(store::leaders).orElse(List.of());
    }

    /** Where the institutions' files make this person a leader; empty for someone no file names. */
    public LedScope ledBy(String aadObjectId) {
        if (aadObjectId == null || aadObjectId.isBlank()) {
            return new LedScope(List.of(), List.of());
        }
        return store.scopeOf(store.ledBy(aadObjectId.toLowerCase(Locale.ROOT)));
    }

    Optional<InstitutionProfile> byId(String id) {
        return store.profile(id);
    }

    List<String> ids() {
        return store.ids();
    }
}
