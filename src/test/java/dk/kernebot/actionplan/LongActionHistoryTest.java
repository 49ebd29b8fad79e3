package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.PlanFixtures.replacement;
import static dk.kernebot.actionplan.PlanFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.chat.UserRef;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An action whose history has grown long (issue 19), through the real endpoint: its card shows the newest ten
 * changes with how many older ones there are and stays far under 40 KB, a click from an older copy still names who
 * changed it last, and the export keeps every change.
 */
class LongActionHistoryTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 40 * 1024;
    private static final Pattern COMMENT = Pattern.compile("Kommentar nummer (\\d+):");

    @Autowired
    ActionStore actions;
    @Autowired
    JdbcClient jdbc;

    private Instant start;

    @BeforeEach
    void pinTheClock() {
        start = clock.instant();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    @Test
    void theCardShowsTheNewestChangesAndTheExportKeepsThemAll() throws Exception {
        TeamsActivities chat = groupChat();
        String bo = "Bo" + UUID.randomUUID().toString().substring(0, 6);
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Anne"));
        bot().send(chat.message("Anne", "mål Sprog for alle børn"));
        bot().send(chat.messageMentioning("Anne", "handling Lav sprogkufferter ansvarlig frist 1. marts 2027", bo));
        String actionId = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan p ON p.id = a.plan_id "
                + "WHERE p.conversation_id = :c").param("c", chat.conversationId()).query(String.class).single();
        UserRef anne = new UserRef(TeamsActivities.userId("Anne"), TeamsActivities.aadId("Anne"), "Anne");
        // 60 changes, each with a comment of nearly the longest kind: shown whole, they alone would be 60 KB.
        for (int i = 1; i <= 60; i++) {
            clock.advance(Duration.ofMinutes(1));
            PlanAction now = actions.find(actionId).orElseThrow();
            assertThat(actions.changeStatus(now, i % 2 == 0 ? ActionStatus.FORSINKET : ActionStatus.I_GANG, anne,
                    "Kommentar nummer " + i + ": " + "Vi har talt om kufferterne på stuemødet. ".repeat(22))).isTrue();
        }

        JsonNode older = openCard(chat, "Anne", actionId);
        JsonNode card = openCard(chat, bo, actionId);
        assertThat(bytes(card)).as("the card of an action with 61 changes").isLessThan(LIMIT);
        assertThat(comments(card)).containsExactly(51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
        assertThat(text(card)).contains("Historik", "De 51 ældre ændringer står ikke her. Hent handleplanen for at se "
                + "hele historikken.").doesNotContain("oprettede handlingen");

        clock.advance(Duration.ofMinutes(5));
        JsonNode done = replacement(press(chat, bo, card, Map.of("status", "FAERDIG", "comment", "Kommentar nummer 61: færdig")));
        assertThat(text(done)).contains("Status er nu: Færdig", "De 52 ældre ændringer");
        assertThat(comments(done)).containsExactly(52, 53, 54, 55, 56, 57, 58, 59, 60, 61);

        // The older copy: nothing changes, and the newest change says who made it.
        JsonNode refused = replacement(press(chat, "Anne", older, Map.of("status", "OPGIVET")));
        assertThat(text(refused)).contains("din status blev ikke gemt", "senest ændret af " + bo);
        assertThat(jdbc.sql("SELECT status FROM plan_action WHERE id = :a").param("a", actionId)
                .query(String.class).single()).isEqualTo("FAERDIG");

        // The export is the full record: every comment, and the action's creation.
        bot().send(chat.message("Anne", "handleplan"));
        JsonNode plan = connector.lastPostedTo(chat.conversationId()).card();
        List<String> urls = plan.findValues("url").stream().map(JsonNode::asText).toList();
        String md = new String(get(urls.stream().filter(u -> u.endsWith(".md")).findFirst().orElseThrow()),
                StandardCharsets.UTF_8);
        for (int i = 1; i <= 61; i++) {
            assertThat(md).contains("Kommentar nummer " + i + ":");
        }
    }

    @Test
    void anEnglishTeamsCountsTheOlderChangesInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Anne", "goal Language for every child"));
        bot().send(chat.message("Anne", "action Make language boxes owner me due 2027-03-01"));
        String actionId = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan p ON p.id = a.plan_id "
                + "WHERE p.conversation_id = :c").param("c", chat.conversationId()).query(String.class).single();
        UserRef anne = new UserRef(TeamsActivities.userId("Anne"), TeamsActivities.aadId("Anne"), "Anne");
        for (int i = 1; i <= 10; i++) {
            PlanAction now = actions.find(actionId).orElseThrow();
            actions.changeStatus(now, i % 2 == 0 ? ActionStatus.FORSINKET : ActionStatus.I_GANG, anne, "Note " + i);
        }
        JsonNode card = openCard(chat, "Anne", actionId);
        assertThat(text(card)).contains("The one older change is not shown here. Download the action plan to see the "
                + "whole history.").doesNotContain("ældre");
    }

    private JsonNode openCard(TeamsActivities chat, String user, String actionId) {
        bot().send(chat.execute(user, "card", "actionplan.action.open",
                Map.of("verb", "actionplan.action.open", "actionId", actionId)));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private String press(TeamsActivities chat, String user, JsonNode card, Map<String, Object> inputs) {
        String verb = "actionplan.action.status";
        JsonNode button = card.findParents("verb").stream()
                .filter(n -> "Action.Execute".equals(n.path("type").asText()) && verb.equals(n.path("verb").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + verb + " button on " + card));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>(JSON.convertValue(button.get("data"), Map.class));
        data.putAll(inputs);
        return bot().send(chat.execute(user, "card", verb, data));
    }

    /** The numbers of the comments in the card's history, in card order. */
    private static List<Integer> comments(JsonNode card) {
        Matcher m = COMMENT.matcher(text(card));
        java.util.ArrayList<Integer> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private static int bytes(JsonNode card) throws Exception {
        return JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
    }

    private byte[] get(String url) throws Exception {
        URI local = URI.create("http://localhost:" + port + URI.create(url).getRawPath());
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(local).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
