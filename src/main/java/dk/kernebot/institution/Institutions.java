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
    private final InstitutionTenants tenants;

    Institutions(InstitutionStore store, InstitutionTenants tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /**
     * @param conversationId the conversation (for a channel: the channel itself, without ";messageid=...")
     * @param teamId         the Teams team of a channel, or null outside teams
     * @return the institution linked to the conversation, else the one linked to its team
     */
    public Optional<InstitutionProfile> forConversation(String conversationId, String teamId) {
        return ownerFor(conversationId, teamId).flatMap(store::profile);
    }

    /** The leaders the institution's file names for this conversation (through its own link or its team's). */
    public List<InstitutionLeader> leadersOf(String conversationId, String teamId) {
        return ownerFor(conversationId, teamId).map(store::leaders).orElse(List.of());
    }

    /** The age group the institution's file sets for this conversation, if the file sets one. */
    public Optional<InstitutionAgeGroup> ageGroupOf(String conversationId, String teamId) {
        return ownerFor(conversationId, teamId).flatMap(store::ageGroup);
    }

    /** The conversation's institution, only when it belongs to the conversation's own tenant. */
    private Optional<String> ownerFor(String conversationId, String teamId) {
        return store.owner(conversationId, teamId)
                .filter(id -> tenants.usableFrom(id, tenants.ofConversation(conversationId, teamId)));
    }

    /** The institution, if a conversation of this tenant may be linked to it. */
    Optional<InstitutionProfile> byIdFor(String id, String tenant) {
        return store.profile(id).filter(p -> tenants.usableFrom(id, tenant));
    }

    /** The institutions a conversation of this tenant could be linked to. */
    List<String> idsFor(String tenant) {
        return store.ids().stream().filter(id -> tenants.visibleTo(id, tenant)).toList();
    }

    /**
     * The institutions whose files name this person as their chef, of this tenant only, read now: a chef taken out
     * of the file sees none of it on the next click. Empty for someone no file names.
     */
    public List<ChefInstitution> chefOf(String aadObjectId, String tenant) {
        if (aadObjectId == null || aadObjectId.isBlank()) {
            return List.of();
        }
        return store.chefOf(aadObjectId.toLowerCase(Locale.ROOT)).stream()
                .filter(id -> tenants.usableFrom(id, tenant))
                .flatMap(id -> store.name(id).map(name -> new ChefInstitution(id, name, store.conversationsOf(id))).stream())
                .sorted(java.util.Comparator.comparing(ChefInstitution::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Where the institutions' files make this person a leader; empty for someone no file names. */
    public LedScope ledBy(String aadObjectId) {
        if (aadObjectId == null || aadObjectId.isBlank()) {
            return new LedScope(List.of(), List.of());
        }
        return store.scopeOf(store.ledBy(aadObjectId.toLowerCase(Locale.ROOT)));
    }

}
