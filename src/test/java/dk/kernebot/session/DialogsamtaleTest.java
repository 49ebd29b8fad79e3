package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly dialogsamtale (issue 17, Nordfyn: "Opfølgning på handleplanen sker ved årlige dialogsamtaler med
 * dagtilbuddets ledelse"): {@code start dialogsamtale} goes through the chat's handleplan one open goal at a time,
 * with its actions and where they stand, and the group writes what has worked, what to adjust and what the data
 * shows about each; without a handleplan it says so and offers the kvalitetssamtale.
 */
class DialogsamtaleTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAHandleplanItSaysSoAndOffersTheKvalitetssamtale() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Karin", "start dialogsamtale"));
        JsonNode card = last(chat);
        assertThat(text(card)).contains("Der er ingen handleplan endnu", "Hold kvalitetssamtalen først");
        assertThat(buttons(card)).containsExactly("Start kvalitetssamtalen");
        assertThat(card.findValues("command").stream().map(JsonNode::asText).distinct().toList())
                .containsExactly("start kvalitetssamtale");
        assertThat(jdbc.sql("SELECT count(*) FROM guided_session WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single()).isZero();

        TeamsActivities english = groupChat().inEnglish();
        bot().send(english.message("Kate", "Start Annual Dialogue"));
        assertThat(text(last(english))).contains("There is no action plan yet", "Hold the quality conversation first");
        assertThat(buttons(last(english))).containsExactly("Start the quality conversation");
    }

    @Test
    void theDialogueWalksEveryOpenGoalWithItsActionsAndWhatTheGroupSaysAboutIt() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Chris", "Lise");
        bot().send(chat.message("Lise", "mål Alle børn hører højtlæsning hver dag"));
        bot().send(chat.message("Lise", "handling Bogkasser på alle stuer ansvarlig mig frist 1. marts 2027"));
        bot().send(chat.message("Lise", "handling Læsevenner fra skolen ansvarlig mig frist 1. maj 2027"));
        bot().send(chat.message("Lise", "mål Forældrene kender læreplanen"));
        bot().send(chat.message("Lise", "mål Et gammelt mål, der er lukket"));
        List<String> actions = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan p ON p.id = a.plan_id "
                + "WHERE p.conversation_id = :c ORDER BY a.text").param("c", chat.conversationId()).query(String.class).list();
        bot().send(chat.execute("Lise", "card", "actionplan.action.status", Map.of("verb", "actionplan.action.status",
                "actionId", actions.get(0), "status", "FAERDIG", "comment", "")));
        // The other action's due date has passed (set here: a past date cannot be typed).
        jdbc.sql("UPDATE plan_action SET due_date = '2026-11-01' WHERE id = :id").param("id", actions.get(1)).update();
        String closedGoal = jdbc.sql("SELECT g.id FROM plan_goal g JOIN handleplan p ON p.id = g.plan_id "
                + "WHERE p.conversation_id = :c AND g.position = 3").param("c", chat.conversationId())
                .query(String.class).single();
        jdbc.sql("UPDATE plan_goal SET closed_at = 1 WHERE id = :id").param("id", closedGoal).update();

        bot().send(chat.message("Chris", "start dialogsamtale"));
        JsonNode roles = last(chat);
        assertThat(text(roles)).contains("Dialogsamtale", "Trin 1 af 5: Roller", "årlige dialogsamtale");
        String id = data(roles, "sessionId");
        contribute(chat, "Chris", Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSCHEF"));
        contribute(chat, "Lise", Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSLEDER"));

        JsonNode first = SessionFixtures.next(bot(), connector, chat, "Chris", id, "ramme");
        assertThat(text(first)).contains("Trin 2 af 5: Handleplanen mål for mål",
                "Mål 1: Alle børn hører højtlæsning hver dag", "2 handlinger: 1 er færdig, 1 er over fristen",
                "Bogkasser på alle stuer", "Ansvarlig: Lise · frist 1. marts 2027 · færdig",
                "Læsevenner fra skolen", "over fristen", "Åbent mål 1 af 2", "Intet skrevet om målet endnu")
                .doesNotContain("Et gammelt mål");
        assertThat(buttons(first)).contains("Skriv om målet", "Næste mål").doesNotContain("Forrige mål");
        String goal1 = goalId(first);

        JsonNode card = contribute(chat, "Lise", Map.of("sessionId", id, "stepId", "gennemgang", "goalId", goal1,
                "category", "VIRKET", "text", "Bogkasserne bliver brugt hver dag"));
        card = contribute(chat, "Chris", Map.of("sessionId", id, "stepId", "gennemgang", "goalId", goal1,
                "category", "JUSTERE", "text", "Læsevennerne skal starte i januar"));
        assertThat(text(card)).contains("Det har virket: ", "Bogkasserne bliver brugt hver dag",
                "Det vil vi justere: ", "Læsevennerne skal starte i januar");

        JsonNode second = SessionFixtures.click(bot(), chat, "Chris", "session.page",
                Map.of("sessionId", id, "stepId", "gennemgang", "page", 2));
        assertThat(text(second)).contains("Mål 2: Forældrene kender læreplanen", "Ingen handlinger endnu",
                "Målet har ingen handlinger endnu.", "Åbent mål 2 af 2").doesNotContain("Bogkasserne bliver brugt");
        assertThat(buttons(second)).contains("Forrige mål").doesNotContain("Næste mål");
        String goal2 = goalId(second);
        assertThat(goal2).isNotEqualTo(goal1);
        contribute(chat, "Lise", Map.of("sessionId", id, "stepId", "gennemgang", "goalId", goal2,
                "category", "DATA", "text", "Kun halvdelen af forældrene har læst den"));

        // A note on a goal that is not open (a card drawn before it was closed) is refused, and nothing is saved.
        JsonNode refused = contribute(chat, "Lise", Map.of("sessionId", id, "stepId", "gennemgang",
                "goalId", closedGoal, "category", "VIRKET", "text", "Det gik godt"));
        assertThat(text(refused)).contains("Målet er ikke længere åbent i handleplanen, så noten blev ikke gemt");
        // So is a category the step does not have, and an empty note.
        assertThat(text(contribute(chat, "Lise", Map.of("sessionId", id, "stepId", "gennemgang", "goalId", goal2,
                "category", "NOTE", "text", "Noget")))).contains("Vælg, om det er noget, der har virket");
        assertThat(text(contribute(chat, "Lise", Map.of("sessionId", id, "stepId", "gennemgang", "goalId", goal2,
                "category", "DATA", "text", "   ")))).contains("Feltet var tomt, så intet blev gemt");
        assertThat(jdbc.sql("SELECT n.goal_id FROM session_goal_note n JOIN session_entry e ON e.id = n.entry_id "
                        + "WHERE n.session_id = :s ORDER BY e.created_at, e.id").param("s", id).query(String.class).list())
                .containsExactlyInAnyOrder(goal1, goal1, goal2);

        JsonNode agreement = SessionFixtures.next(bot(), connector, chat, "Chris", id, "gennemgang");
        assertThat(text(agreement)).contains("Aftale om nye mål");
        JsonNode evaluation = SessionFixtures.next(bot(), connector, chat, "Chris", id, "aftale");
        assertThat(text(evaluation)).contains("Evaluering af dialogsamtalen",
                "Hvad fik vi ud af dialogen – hvad arbejder vi videre med?");
        contribute(chat, "Chris", Map.of("sessionId", id, "stepId", "evaluering",
                "text", "Vi fik et klart billede af læsningen"));

        JsonNode summary = SessionFixtures.next(bot(), connector, chat, "Chris", id, "evaluering");
        assertThat(text(summary)).contains("**Mål 1: Alle børn hører højtlæsning hver dag** (2 handlinger: 1 er færdig, 1 er over fristen)",
                "Det har virket: Bogkasserne bliver brugt hver dag – Lise",
                "Det vil vi justere: Læsevennerne skal starte i januar – Chris",
                "**Mål 2: Forældrene kender læreplanen** (Ingen handlinger endnu)",
                "Det viser data: Kun halvdelen af forældrene har læst den – Lise",
                "Note: Vi fik et klart billede af læsningen – Chris");
        SessionFixtures.click(bot(), chat, "Chris", "session.complete", Map.of("sessionId", id, "stepId", "opsamling"));
        assertThat(jdbc.sql("SELECT status FROM guided_session WHERE id = :s").param("s", id).query(String.class)
                .single()).isEqualTo("COMPLETED");
    }

    @Test
    void theHelpCardListsItInBothLanguages() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Hanne", "hjælp"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("start dialogsamtale",
                "den årlige dialogsamtale");
        TeamsActivities english = groupChat().inEnglish();
        bot().send(english.message("Harry", "help"));
        assertThat(connector.lastPostedTo(english.conversationId()).allText()).contains("start annual dialogue",
                "annual follow-up dialogue");
    }

    private JsonNode contribute(TeamsActivities chat, String user, Map<String, Object> data) {
        return SessionFixtures.click(bot(), chat, user, "session.contribute", data);
    }

    /** The goal the review card's form writes about. */
    private static String goalId(JsonNode card) {
        return card.findValues("data").stream().filter(d -> d.has("goalId")).findFirst().orElseThrow()
                .path("goalId").asText();
    }

    private JsonNode last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).card();
    }
}
