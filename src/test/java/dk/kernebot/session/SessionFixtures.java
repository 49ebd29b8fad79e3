package dk.kernebot.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.support.BotEndpoint;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;

/** Reading session cards and answering Teams' member list, for the session tests. */
final class SessionFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private SessionFixtures() {
    }

    /** WireMock answers GET .../pagedmembers for this conversation with these people, as Teams does. */
    static void roster(FakeConnector connector, TeamsActivities chat, String... people) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String person : people) {
            ids.put(person, TeamsActivities.userId(person));
        }
        roster(connector, chat, ids);
    }

    /** The same, with the Teams ids given (by name): real ones are about 90 characters, the fixture's a dozen. */
    static void roster(FakeConnector connector, TeamsActivities chat, Map<String, String> idsByName) {
        List<Map<String, Object>> members = new ArrayList<>();
        idsByName.forEach((person, id) -> members.add(Map.of("id", id, "name", person,
                "aadObjectId", TeamsActivities.aadId(person), "userRole", "user")));
        try {
            String body = JSON.writeValueAsString(Map.of("members", members));
            connector.server().stubFor(get(urlPathMatching("/v3/conversations/"
                    + chat.conversationId().replaceAll("[^A-Za-z0-9-]+", ".+") + "/pagedmembers"))
                    .atPriority(1)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything the bot posted, in any conversation, whose text contains {@code fragment}: a 1:1 chat may be one
     * an earlier test already opened for the same person.
     */
    static List<FakeConnector.Sent> postedAnywhere(FakeConnector connector, String fragment) {
        return connector.postedAnywhere(fragment);
    }

    /** Clicks a card button as {@code user} (Action.Execute) and returns the card that replaces the clicked one. */
    static JsonNode click(BotEndpoint bot, TeamsActivities chat, String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        String response = bot.send(chat.execute(user, "card", verb, withVerb));
        JsonNode card = replacement(response);
        assertThat(card).as("%s by %s answered %s", verb, user, response).isNotNull();
        return card;
    }

    /** "Næste trin" on a step card; the next step arrives as a new card at the bottom of the chat. */
    static JsonNode next(BotEndpoint bot, FakeConnector connector, TeamsActivities chat, String user, String sessionId,
                         String stepId) {
        click(bot, chat, user, "session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    /**
     * The goal proposals on an agreement card, in card order: proposal id → the fingerprint its buttons carry (a
     * click must send the one of the card it was made on).
     */
    static Map<String, String> proposals(JsonNode card) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (JsonNode data : card.findValues("data")) {
            if ("session.decide".equals(data.path("verb").asText()) && "AGREED".equals(data.path("outcome").asText())) {
                found.putIfAbsent(data.path("proposalId").asText(), data.path("seen").asText());
            }
        }
        return found;
    }

    /** A deciding role's answer (or a comment) on an agreement card, as {@code user}; returns the raw invoke answer. */
    static String decide(BotEndpoint bot, TeamsActivities chat, String user, String sessionId, String stepId,
                         String proposalId, String seen, String outcome, Map<String, Object> inputs) {
        Map<String, Object> data = new HashMap<>(inputs);
        data.put("verb", "session.decide");
        data.put("sessionId", sessionId);
        data.put("stepId", stepId);
        data.put("proposalId", proposalId);
        data.put("seen", seen);
        data.put("outcome", outcome);
        return bot.send(chat.execute(user, "card", "session.decide", data));
    }

    /**
     * Every proposal on an agreement card (all its pages) answered "Aftalt" by each of {@code deciders}, each click
     * on the card the one before it drew; returns the last card.
     */
    static JsonNode agreeToAll(BotEndpoint bot, TeamsActivities chat, String sessionId, String stepId, JsonNode card,
                               String... deciders) {
        int page = 1;
        while (true) {
            for (String proposal : proposals(card).keySet()) {
                for (String decider : deciders) {
                    card = replacement(decide(bot, chat, decider, sessionId, stepId, proposal,
                            proposals(card).get(proposal), "AGREED", Map.of()));
                    assertThat(card).as("the answer of %s redraws the card", decider).isNotNull();
                }
            }
            if (!buttons(card).stream().anyMatch(b -> b.startsWith("Vis flere"))) {
                return card;
            }
            page++;
            card = click(bot, chat, deciders[0], "session.page", Map.of("sessionId", sessionId, "stepId", stepId,
                    "page", page));
        }
    }

    /** The card in an invoke response (the clicked card's replacement), or null when the answer was a message. */
    static JsonNode replacement(String invokeResponse) {
        try {
            JsonNode body = JSON.readTree(invokeResponse);
            return "application/vnd.microsoft.card.adaptive".equals(body.path("type").asText()) ? body.get("value") : null;
        } catch (Exception e) {
            throw new IllegalStateException(invokeResponse, e);
        }
    }

    /** The message text in an invoke response (shown only to the clicker). */
    static String notice(String invokeResponse) {
        try {
            JsonNode body = JSON.readTree(invokeResponse);
            return "application/vnd.microsoft.activity.message".equals(body.path("type").asText())
                    ? body.path("value").asText() : null;
        } catch (Exception e) {
            throw new IllegalStateException(invokeResponse, e);
        }
    }

    /** All visible text of a card, joined, for "does the card say ..." checks. */
    static String text(JsonNode card) {
        StringBuilder all = new StringBuilder();
        card.findValues("text").forEach(t -> all.append(t.asText()).append('\n'));
        card.findValues("title").forEach(t -> all.append(t.asText()).append('\n'));
        return all.toString();
    }

    static String data(JsonNode card, String field) {
        JsonNode value = card.findValue(field);
        return value == null ? null : value.asText();
    }

    /** The entry ids on a step card, in card order. */
    static List<String> entryIds(JsonNode card) {
        List<String> ids = new ArrayList<>();
        for (JsonNode data : card.findValues("data")) {
            String verb = data.path("verb").asText();
            if (("session.vote".equals(verb) || "session.edit".equals(verb)) && data.has("entryId")
                    && !ids.contains(data.get("entryId").asText())) {
                ids.add(data.get("entryId").asText());
            }
        }
        return ids;
    }

    /** The id of the one entry on a step card whose text contains {@code text}. */
    static String entryWith(JsonNode card, String text) {
        List<JsonNode> containers = new ArrayList<>();
        containers(card, containers);
        for (JsonNode container : containers) {
            List<String> ids = entryIds(container);
            if (ids.size() == 1 && container.toString().contains(text)) {
                return ids.get(0);
            }
        }
        throw new AssertionError("No entry with " + text);
    }

    private static void containers(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && "Container".equals(node.path("type").asText())) {
            found.add(node);
        }
        node.forEach(child -> containers(child, found));
    }

    /** Action titles of a card, in order, wherever they sit (top-level actions and action sets). */
    static List<String> buttons(JsonNode card) {
        List<String> titles = new ArrayList<>();
        collect(card, titles);
        return titles;
    }

    private static void collect(JsonNode node, List<String> titles) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            if (type.startsWith("Action.") && node.has("title")) {
                titles.add(node.get("title").asText());
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("fallback")) {
                    collect(f.getValue(), titles);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, titles));
        }
    }
}
