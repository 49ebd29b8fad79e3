package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At the dialogsamtale the chef and the leader (the roles that decide) close a goal, give one new words, and agree a
 * new goal; saving it updates the handleplan, each change with who agreed in the goal's history (issue 17). Anyone
 * else's decision, an answer on an older card and the same click twice change nothing.
 */
class DialogsamtaleDecisionTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDialogueClosesOneGoalRewordsOneAndAddsOne() throws Exception {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Chris", "Lise", "Mette");
        bot().send(chat.message("Lise", "mål Alle børn hører højtlæsning hver dag"));
        bot().send(chat.message("Lise", "handling Bogkasser på alle stuer ansvarlig mig frist 1. marts 2027"));
        bot().send(chat.message("Lise", "mål Forældrene kender læreplanen"));
        bot().send(chat.message("Chris", "start dialogsamtale"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        role(chat, "Chris", id, "DAGTILBUDSCHEF");
        role(chat, "Lise", id, "DAGTILBUDSLEDER");
        role(chat, "Mette", id, "TEAMLEDER");
        JsonNode card = SessionFixtures.next(bot(), connector, chat, "Chris", id, "ramme");
        assertThat(text(card)).contains("Mål 1: Alle børn hører højtlæsning hver dag",
                "Det beslutter Chris (Dagtilbudschef) og Lise (Dagtilbudsleder) sammen");
        assertThat(buttons(card)).contains("Målet fortsætter", "Ny ordlyd", "Luk målet");
        String goal1 = goalId(card);

        // Mette has no deciding role: refused, with who may decide, and nothing is saved.
        String refused = decide(chat, "Mette", id, goal1, seen(card), "CLOSE", Map.of());
        assertThat(notice(refused)).contains("Det er Chris (Dagtilbudschef) og Lise (Dagtilbudsleder), der beslutter",
                "intet blev ændret");
        assertThat(decisions(id)).isZero();

        JsonNode before = card;
        card = replacement(decide(chat, "Chris", id, goal1, seen(card), "CLOSE", Map.of()));
        assertThat(text(card)).contains("Chris (Dagtilbudschef): luk målet", "Venter på svar");
        // Half a decision keeps the group at the step.
        JsonNode held = SessionFixtures.click(bot(), chat, "Chris", "session.next", Map.of("sessionId", id, "stepId", "gennemgang"));
        assertThat(text(held)).contains("1 mål venter stadig på samme svar fra Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)");
        // Lise answers on the card drawn before Chris's answer: nothing changes, and the card shows what is current.
        JsonNode stale = replacement(decide(chat, "Lise", id, goal1, seen(before), "KEEP", Map.of()));
        assertThat(text(stale)).contains("Målet havde fået et nyt svar", "Chris (Dagtilbudschef): luk målet");
        assertThat(decisions(id)).isEqualTo(1);
        card = replacement(decide(chat, "Lise", id, goal1, seen(stale), "CLOSE", Map.of()));
        assertThat(text(card)).contains("Aftalt af Chris (Dagtilbudschef) og Lise (Dagtilbudsleder): målet lukkes");
        // The same click again (its card is now older) changes nothing.
        replacement(decide(chat, "Lise", id, goal1, seen(stale), "CLOSE", Map.of()));
        assertThat(decisions(id)).isEqualTo(2);

        // Mette proposes a new goal while the group is at the first goal.
        SessionFixtures.click(bot(), chat, "Mette", "session.contribute", Map.of("sessionId", id, "stepId", "gennemgang",
                "goalId", goal1, "category", "GOAL", "text", "Alle forældre får læreplanen på dansk og arabisk"));

        card = SessionFixtures.click(bot(), chat, "Chris", "session.page", Map.of("sessionId", id, "stepId", "gennemgang", "page", 2));
        String goal2 = goalId(card);
        card = replacement(decide(chat, "Chris", id, goal2, seen(card), "REWORDED",
                Map.of("reword-" + goal2, "Forældrene kender og bruger læreplanen")));
        card = replacement(decide(chat, "Lise", id, goal2, seen(card), "REWORDED",
                Map.of("text", "Forældrene kender og bruger læreplanen")));
        assertThat(text(card)).contains("målet får ny ordlyd: \"Forældrene kender og bruger læreplanen\"");

        JsonNode agreement = SessionFixtures.next(bot(), connector, chat, "Chris", id, "gennemgang");
        assertThat(text(agreement)).contains("Aftale om nye mål", "Alle forældre får læreplanen på dansk og arabisk");
        SessionFixtures.agreeToAll(bot(), chat, id, "aftale", agreement, "Chris", "Lise");
        JsonNode evaluation = SessionFixtures.next(bot(), connector, chat, "Chris", id, "aftale");
        assertThat(text(evaluation)).contains("Hvad fik vi ud af dialogen – hvad arbejder vi videre med?");
        JsonNode summary = SessionFixtures.next(bot(), connector, chat, "Chris", id, "evaluering");
        assertThat(text(summary)).contains("Målet lukkes – aftalt af Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)",
                "Ny ordlyd: Forældrene kender og bruger læreplanen – aftalt af",
                "Aftalt: Alle forældre får læreplanen på dansk og arabisk");

        SessionFixtures.click(bot(), chat, "Chris", "session.complete", Map.of("sessionId", id, "stepId", "opsamling"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Handleplanen har fået ét nyt mål",
                "Ved dialogsamtalen blev 1 mål lukket, og 1 mål fik ny ordlyd.");
        List<Map<String, Object>> goals = jdbc.sql("SELECT g.position, g.text, g.closed_at FROM plan_goal g "
                + "JOIN handleplan p ON p.id = g.plan_id WHERE p.conversation_id = :c ORDER BY g.position")
                .param("c", chat.conversationId()).query().listOfRows();
        assertThat(goals).extracting(g -> g.get("text")).containsExactly("Alle børn hører højtlæsning hver dag",
                "Forældrene kender og bruger læreplanen", "Alle forældre får læreplanen på dansk og arabisk");
        assertThat(goals).extracting(g -> g.get("closed_at") != null).containsExactly(true, false, false);
        assertThat(history(chat)).containsExactly(
                "1 CLOSED Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)",
                "2 EDITED Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)",
                "3 AGREED Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)");

        // The export, as the bestyrelse reads it, says the goal was closed at the dialogsamtale and by whom.
        bot().send(chat.message("Lise", "handleplan"));
        String md = download(connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).filter(u -> u.endsWith(".md")).findFirst().orElseThrow());
        assertThat(md).contains("lukket ved dialogsamtalen af Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)",
                "aftalt af Chris (Dagtilbudschef) og Lise (Dagtilbudsleder)");

        // Saving twice changes nothing more.
        SessionFixtures.click(bot(), chat, "Chris", "session.complete", Map.of("sessionId", id, "stepId", "opsamling"));
        assertThat(history(chat)).hasSize(3);
    }

    private void role(TeamsActivities chat, String user, String id, String role) {
        SessionFixtures.click(bot(), chat, user, "session.contribute", Map.of("sessionId", id, "stepId", "ramme", "role", role));
    }

    private String decide(TeamsActivities chat, String user, String id, String goalId, String seen, String outcome,
                          Map<String, Object> inputs) {
        return SessionFixtures.decide(bot(), chat, user, id, "gennemgang", goalId, seen, outcome, new HashMap<>(inputs));
    }

    private int decisions(String sessionId) {
        return jdbc.sql("SELECT count(*) FROM session_decision WHERE session_id = :s").param("s", sessionId)
                .query(Integer.class).single();
    }

    private List<String> history(TeamsActivities chat) {
        return jdbc.sql("SELECT g.position, h.kind, h.by_name FROM plan_goal_history h JOIN plan_goal g ON g.id = h.goal_id "
                        + "JOIN handleplan p ON p.id = g.plan_id WHERE p.conversation_id = :c ORDER BY g.position, h.seq")
                .param("c", chat.conversationId())
                .query((row, n) -> row.getInt("position") + " " + row.getString("kind") + " " + row.getString("by_name"))
                .list();
    }

    /** The goal the review card shows (its note form names it). */
    private static String goalId(JsonNode card) {
        return card.findValues("data").stream().filter(d -> d.has("goalId")).findFirst().orElseThrow()
                .path("goalId").asText();
    }

    /** What the card's decision buttons carry: a click counts only on the card as last drawn. */
    private static String seen(JsonNode card) {
        return card.findValues("data").stream().filter(d -> "session.decide".equals(d.path("verb").asText()))
                .findFirst().orElseThrow().path("seen").asText();
    }

    private String download(String url) throws Exception {
        String path = java.net.URI.create(url).getRawPath();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
