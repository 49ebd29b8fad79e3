package dk.kernebot.institution;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;

/** Institution files for the tests, as editable JSON trees, and readers for what the bot posted. */
final class InstitutionFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private InstitutionFixtures() {
    }

    /** A fresh id, so tests sharing one database never meet. */
    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid file: two values, the second without English, and no conversations or teams. */
    static ObjectNode file(String id, String name) {
        ObjectNode file = JSON.createObjectNode();
        file.put("id", id);
        file.put("name", name);
        ObjectNode kerneopgave = file.putObject("kerneopgave");
        kerneopgave.put("da", "Vi skaber trygge fællesskaber, hvor alle børn trives, leger og lærer.");
        kerneopgave.put("en", "We create safe communities where every child thrives, plays and learns.");
        ArrayNode values = file.putArray("vaerdisaet");
        ObjectNode curiosity = values.addObject();
        curiosity.put("id", "nysgerrighed");
        curiosity.putObject("name").put("da", "Nysgerrighed").put("en", "Curiosity");
        curiosity.putObject("description").put("da", "Vi undrer os sammen med børnene.")
                .put("en", "We wonder together with the children.");
        ObjectNode community = values.addObject();
        community.put("id", "faellesskab");
        community.putObject("name").put("da", "Fællesskab");
        community.putObject("description").put("da", "Alle børn skal opleve at høre til.");
        return file;
    }

    static ObjectNode withConversations(ObjectNode file, List<String> conversations, List<String> teams) {
        ArrayNode c = file.putArray("conversations");
        conversations.forEach(c::add);
        ArrayNode t = file.putArray("teams");
        teams.forEach(t::add);
        return file;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    static FakeConnector.Sent last(FakeConnector connector, TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId());
    }
}
