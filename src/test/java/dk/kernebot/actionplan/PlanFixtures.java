package dk.kernebot.actionplan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;

/** Reading what the bot answered, for the handleplan tests. */
final class PlanFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanFixtures() {
    }

    /** The card in an invoke response (the clicked card's replacement), or null. */
    static JsonNode replacement(String invokeResponse) {
        JsonNode body = read(invokeResponse);
        return "application/vnd.microsoft.card.adaptive".equals(body.path("type").asText()) ? body.get("value") : null;
    }

    /** The text shown only to the clicker, or null. */
    static String notice(String invokeResponse) {
        JsonNode body = read(invokeResponse);
        return "application/vnd.microsoft.activity.message".equals(body.path("type").asText())
                ? body.path("value").asText() : null;
    }

    static String text(JsonNode card) {
        StringBuilder all = new StringBuilder();
        card.findValues("text").forEach(t -> all.append(t.asText()).append('\n'));
        card.findValues("title").forEach(t -> all.append(t.asText()).append('\n'));
        card.findValues("value").forEach(t -> all.append(t.asText()).append('\n'));
        return all.toString();
    }

    /** Posts anywhere (any conversation, 1:1 chats included) whose text contains the fragment. */
    static List<FakeConnector.Sent> postedAnywhere(FakeConnector connector, String fragment) {
        return connector.postedAnywhere(fragment);
    }

    /** Teams lists these people as the conversation's members. */
    static void roster(FakeConnector connector, TeamsActivities chat, String... people) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (String person : people) {
            members.add(Map.of("id", TeamsActivities.userId(person), "name", person,
                    "aadObjectId", TeamsActivities.aadId(person)));
        }
        try {
            connector.server().stubFor(get(urlPathMatching("/v3/conversations/"
                    + chat.conversationId().replaceAll("[^A-Za-z0-9-]+", ".+") + "/pagedmembers"))
                    .atPriority(1)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(JSON.writeValueAsString(Map.of("members", members)))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }
}
