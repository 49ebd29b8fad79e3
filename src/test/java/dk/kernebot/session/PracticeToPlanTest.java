package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.entryWith;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.actionplan.PlanSeeds;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From the board to the handleplan: the bobler a group marked "Det gør vi i praksis" become actions (owner, due
 * date) under a goal that is the session's agreed kerneopgave, from one form on the summary, through the real
 * endpoint. A form with a missing owner saves nothing; the same form sent twice adds each boble once.
 */
class PracticeToPlanTest extends BotIntegrationTest {

    static final String AGREED = "Vi skaber trygge rammer, hvor alle børn leger og lærer.";

    @Autowired
    JdbcClient jdbc;

    TeamsActivities chat;

    @BeforeEach
    void group() {
        chat = groupChat();
        roster(connector, chat, "Anne", "Bo", "Carla");
    }

    /**
     * The application is shared with the other test classes: done actions with no reminders waiting, so a later
     * test that moves the clock a year on does not get this test's overdue reminders in its outbox.
     */
    @AfterEach
    void closeTheActions() {
        List<String> ids = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(String.class).list();
        for (String id : ids) {
            jdbc.sql("UPDATE plan_action SET status = 'FAERDIG' WHERE id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM outbox WHERE dedupe_key LIKE :k AND status <> 'SENT'").param("k", "followup:" + id + "%")
                    .update();
        }
        PlanSeeds.recount(jdbc, chat.conversationId());
    }

    @Test
    void boblerInPracticeBecomeActionsOnTheHandleplanOnce() throws Exception {
        String sessionId = sessionAtSummary();
        JsonNode summary = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(summary)).contains("Fra pladen til handleplanen", AGREED, "Sprogvurderinger af alle 3-årige",
                "Legepladsen som læringsmiljø").contains("Læg i handleplanen");
        List<String> rows = inputIds(summary, "take-");
        assertThat(rows).as("one row per boble in practice, none for the other").hasSize(2);
        assertThat(summary.toString()).contains("\"title\":\"Legepladsen som læringsmiljø\"")
                .doesNotContain("\"title\":\"Tosprogede børn\"");
        String first = rows.get(0).substring("take-".length());
        String second = rows.get(1).substring("take-".length());
        String due = LocalDate.now(clock).plusDays(14).toString();

        // Bo's row lacks an owner: nothing at all is saved, and the card says which boble.
        Map<String, Object> form = new HashMap<>(Map.of("sessionId", sessionId));
        form.put("take-" + first, "true");
        form.put("owner-" + first, TeamsActivities.userId("Carla"));
        form.put("due-" + first, due);
        form.put("take-" + second, "true");
        form.put("due-" + second, due);
        JsonNode refused = click("Carla", form);
        assertThat(text(refused)).contains("Vælg en ansvarlig", "Intet er gemt");
        assertThat(actions()).isZero();

        // Filled in: both become actions, under the agreed kerneopgave as the goal.
        form.put("owner-" + second, TeamsActivities.userId("Bo"));
        JsonNode planned = click("Carla", form);
        assertThat(text(planned)).contains("2 handlinger fra pladen er lagt i handleplanen under mål 1 (af Carla)",
                "Allerede i handleplanen", "ansvarlig: Bo", "ansvarlig: Carla");
        assertThat(buttons(planned)).contains("Se handleplanen").doesNotContain("Læg i handleplanen");
        assertThat(actions()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT g.text FROM plan_action a JOIN plan_goal g ON g.id = a.goal_id "
                        + "JOIN handleplan h ON h.id = a.plan_id WHERE h.conversation_id = :c")
                .param("c", chat.conversationId()).query(String.class).list()).containsOnly(AGREED);

        // The same (older) form again, by someone else: nothing is added twice.
        JsonNode again = click("Anne", form);
        assertThat(text(again)).contains("allerede i handleplanen");
        assertThat(actions()).isEqualTo(2);

        // The actions are on the handleplan with their owners and the goal.
        bot().send(chat.message("Bo", "handleplan"));
        String plan = text(connector.lastPostedTo(chat.conversationId()).card());
        assertThat(plan).contains(AGREED, "Sprogvurderinger af alle 3-årige", "Legepladsen som læringsmiljø", "Bo",
                "Carla");

        // Completing the session keeps the form's state on the summary.
        JsonNode done = click("Anne", "session.complete", Map.of("sessionId", sessionId, "stepId", "opsamling"));
        assertThat(text(done)).contains("Allerede i handleplanen", "ansvarlig: Bo");
        assertThat(dk.kernebot.cards.OfficialCards.problems(List.of(summary.toString(), planned.toString()))).isEmpty();
    }

    @Test
    void aFormWithNothingTickedSavesNothingAndSaysSo() {
        String sessionId = sessionAtSummary();
        JsonNode summary = connector.lastPostedTo(chat.conversationId()).card();
        Map<String, Object> form = new HashMap<>(Map.of("sessionId", sessionId));
        for (String take : inputIds(summary, "take-")) {
            form.put(take, "false");
        }
        assertThat(text(click("Bo", form))).contains("Sæt flueben ved mindst én boble");
        assertThat(actions()).isZero();
    }

    /** Anne leads a session with an agreed kerneopgave and three bobler, two of them done in practice. */
    private String sessionAtSummary() {
        bot().send(chat.message("Anne", "start kerneopgave"));
        String sessionId = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        next(sessionId, "ramme");
        JsonNode proposals = click("Anne", "session.contribute", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "text", AGREED));
        click("Anne", "session.agree", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "entryId", entryWith(proposals, "trygge rammer")));
        next(sessionId, "kerneopgave");
        for (String[] boble : new String[][] {{"Bo", "Sprogvurderinger af alle 3-årige", "KOMMUNAL"},
                {"Carla", "Legepladsen som læringsmiljø", "INSTITUTION"}, {"Anne", "Tosprogede børn", "NATIONAL"}}) {
            click(boble[0], "session.contribute", Map.of("sessionId", sessionId, "stepId", "bobler", "text", boble[1],
                    "level", boble[2], "serves", ""));
        }
        JsonNode priority = next(sessionId, "bobler");
        for (String practice : List.of("Sprogvurderinger", "Legepladsen")) {
            click("Bo", "session.practice", Map.of("sessionId", sessionId, "stepId", "prioritering",
                    "entryId", entryWith(priority, practice)));
        }
        next(sessionId, "prioritering");
        next(sessionId, "spoergsmaal");
        return sessionId;
    }

    private JsonNode click(String user, Map<String, Object> form) {
        return click(user, "session.practicePlan", form);
    }

    private JsonNode click(String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        String response = bot().send(chat.execute(user, "card", verb, withVerb));
        JsonNode card = replacement(response);
        assertThat(card).as("%s by %s answered %s", verb, user, response).isNotNull();
        return card;
    }

    private JsonNode next(String sessionId, String stepId) {
        click("Anne", "session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private int actions() {
        return jdbc.sql("SELECT count(*) FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(Integer.class).single();
    }

    private static List<String> inputIds(JsonNode card, String prefix) {
        List<String> ids = new ArrayList<>();
        card.findValues("id").forEach(id -> {
            if (id.asText().startsWith(prefix)) {
                ids.add(id.asText());
            }
        });
        return ids;
    }
}
