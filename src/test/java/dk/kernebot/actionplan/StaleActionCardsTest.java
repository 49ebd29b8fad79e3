package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.PlanFixtures.replacement;
import static dk.kernebot.actionplan.PlanFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.support.UniqueWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Older copies of an action's card: Bo sets his action to "Færdig", then Anne (a leader) presses "Gem status" on her
 * copy from before with "Forsinket". Nothing changes; she is told the status now and who set it, and her card becomes
 * the current one, on which her click then works. The same for the edit form, and for the same click twice.
 */
class StaleActionCardsTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    private Instant start;
    /** Bo, with a surname of his own: his reminders must not crowd the 1:1 chat of other tests' Bo. */
    private String bo;

    @BeforeEach
    void pinTheClock() {
        bo = "Bo" + UniqueWords.next();
        start = clock.instant();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    @Test
    void aStatusFromAnOlderCopyChangesNothingAndShowsTheCurrentCard() {
        TeamsActivities chat = groupChat();
        String actionId = actionOwnedByBo(chat);
        JsonNode annes = openCard(chat, "Anne", actionId);
        JsonNode bos = openCard(chat, bo, actionId);

        clock.set(Instant.parse("2026-11-23T09:15:00Z"));
        JsonNode done = replacement(press(chat, bo, bos, "actionplan.action.status",
                Map.of("status", "FAERDIG", "comment", "Kufferterne står på stuerne")));
        assertThat(text(done)).contains("Status er nu: Færdig");
        assertThat(status(actionId)).isEqualTo("FAERDIG");

        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        JsonNode refused = replacement(press(chat, "Anne", annes, "actionplan.action.status",
                Map.of("status", "FORSINKET", "comment", "Vi mangler stadig én")));
        assertThat(status(actionId)).as("the older copy changed nothing").isEqualTo("FAERDIG");
        assertThat(statusChanges(actionId)).isEqualTo(1);
        assertThat(text(refused)).contains("din status blev ikke gemt", "Status er nu \"Færdig\"",
                "senest ændret af " + bo + " den 23. november 2026 kl. 10.15", bo + " ændrede status fra Ikke startet til Færdig");
        assertThat(refused.toString()).doesNotContain("Vi mangler stadig én");

        // The card she now holds is the current one: from it, her change goes through.
        JsonNode reopened = replacement(press(chat, "Anne", refused, "actionplan.action.status",
                Map.of("status", "FORSINKET", "comment", "Vi mangler stadig én")));
        assertThat(text(reopened)).contains("Status er nu: Forsinket");
        assertThat(status(actionId)).isEqualTo("FORSINKET");
    }

    @Test
    void theSameClickTwiceCountsOnce() {
        TeamsActivities chat = groupChat();
        String actionId = actionOwnedByBo(chat);
        JsonNode card = openCard(chat, bo, actionId);
        Map<String, Object> inputs = Map.of("status", "I_GANG", "comment", "Bestilt");

        assertThat(text(replacement(press(chat, bo, card, "actionplan.action.status", inputs))))
                .contains("Status er nu: I gang");
        JsonNode second = replacement(press(chat, bo, card, "actionplan.action.status", inputs));
        assertThat(text(second)).contains("din status blev ikke gemt", "senest ændret af " + bo);
        assertThat(statusChanges(actionId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM plan_action_history WHERE action_id = :a").param("a", actionId)
                .query(Integer.class).single()).as("created + one status change").isEqualTo(2);
    }

    @Test
    void anEditFromAnOlderCopySavesNothing() {
        TeamsActivities chat = groupChat();
        String actionId = actionOwnedByBo(chat);
        JsonNode annes = openCard(chat, "Anne", actionId);
        JsonNode bos = openCard(chat, bo, actionId);

        replacement(press(chat, bo, bos, "actionplan.action.status", Map.of("status", "FAERDIG")));
        JsonNode refused = replacement(press(chat, "Anne", annes, "actionplan.action.edit",
                Map.of("actionText", "Lav sprogkufferter til vuggestuen", "ownerId", TeamsActivities.userId(bo),
                        "due", "2027-04-01", "cadence", "0")));
        assertThat(text(refused)).contains("dine ændringer blev ikke gemt", "Status er nu \"Færdig\"", "senest ændret af " + bo);
        assertThat(jdbc.sql("SELECT text || ' ' || due_date FROM plan_action WHERE id = :a").param("a", actionId)
                .query(String.class).single()).isEqualTo("Lav sprogkufferter 2027-03-01");
    }

    @Test
    void englishReadersAreToldTheSameInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        String actionId = actionOwnedByBo(chat);
        JsonNode annes = openCard(chat, "Anne", actionId);
        JsonNode bos = openCard(chat, bo, actionId);
        replacement(press(chat, bo, bos, "actionplan.action.status", Map.of("status", "FAERDIG")));
        JsonNode refused = replacement(press(chat, "Anne", annes, "actionplan.action.status", Map.of("status", "FORSINKET")));
        assertThat(text(refused)).contains("your status was not saved", "The status is now \"Done\"", "last changed by " + bo + " on");
        assertThat(status(actionId)).isEqualTo("FAERDIG");
    }

    /** Anne is a leader of the chat; the action is Bo's. */
    private String actionOwnedByBo(TeamsActivities chat) {
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Anne"));
        String text = "Lav sprogkufferter";
        bot().send(chat.message("Anne", "mål Sprog for alle børn " + UniqueWords.next()));
        bot().send(chat.messageMentioning("Anne", "handling " + text + " ansvarlig frist 1. marts 2027", bo));
        return jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan p ON p.id = a.plan_id WHERE p.conversation_id = :c")
                .param("c", chat.conversationId()).query(String.class).single();
    }

    /** "Opdater" on the plan card: the action's card arrives as a new message, this person's copy. */
    private JsonNode openCard(TeamsActivities chat, String user, String actionId) {
        bot().send(chat.execute(user, "card", "actionplan.action.open",
                Map.of("verb", "actionplan.action.open", "actionId", actionId)));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    /** Presses the card's button for {@code verb} with these inputs filled in, sending what the button carries. */
    private String press(TeamsActivities chat, String user, JsonNode card, String verb, Map<String, Object> inputs) {
        JsonNode button = card.findParents("verb").stream()
                .filter(n -> "Action.Execute".equals(n.path("type").asText()) && verb.equals(n.path("verb").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + verb + " button on " + card));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>(JSON.convertValue(button.get("data"), Map.class));
        data.putAll(inputs);
        return bot().send(chat.execute(user, "card", verb, data));
    }

    private String status(String actionId) {
        return jdbc.sql("SELECT status FROM plan_action WHERE id = :id").param("id", actionId).query(String.class).single();
    }

    private int statusChanges(String actionId) {
        return jdbc.sql("SELECT count(*) FROM plan_action_history WHERE action_id = :a AND kind = 'STATUS'")
                .param("a", actionId).query(Integer.class).single();
    }
}
