package dk.kernebot.institution;

import java.util.List;

/**
 * An institution a chef (Skole- og dagtilbudschef, an area leader) leads, with the conversations that belong to it
 * (linked by their own id, or channels of a linked team) that the bot knows.
 */
public record ChefInstitution(String id, String name, List<String> conversationIds) {

    public ChefInstitution {
        conversationIds = List.copyOf(conversationIds);
    }
}
