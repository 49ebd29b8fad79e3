package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.decide;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.proposals;
import static dk.kernebot.session.SessionFixtures.replacement;
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
 * Goals are agreed, not collected (issue 17, Nordfyn: "Det er Skole- og Dagtilbudschefen, der i dialog med
 * dagtilbudslederen bliver enige om, hvilke mål der skal sættes"): the goals proposed under the agenda points come to
 * the agreement step, where the chef and the dagtilbudsleder answer each; only agreed goals enter the handleplan, with
 * who agreed and when in the goal's history.
 */
class GoalAgreementTest extends BotIntegrationTest {

    static final List<String> STEPS = List.of("ramme", "laereplan", "laeringsmiljoe", "sprog", "trivsel", "foraeldre",
            "overgange", "indsatser", "evaluering", "aftale", "handleplan");

    @Autowired
    JdbcClient jdbc;

    @Test
    void threeProposalsMeetAgreedRewordedAndNotNowAndOnlyTwoGoalsLand() throws Exception {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Agnete", "Birthe", "Carsten");
        String id = start(chat, "Agnete");
        role(chat, "Agnete", id, "DAGTILBUDSCHEF");
        role(chat, "Birthe", id, "DAGTILBUDSLEDER");
        role(chat, "Carsten", id, "TEAMLEDER");
        moveTo(chat, "Agnete", id, "laereplan");
        goal(chat, "Carsten", id, "laereplan", "Læreplanen er med på hvert personalemøde");
        moveTo(chat, "Agnete", id, "sprog");
        goal(chat, "Birthe", id, "sprog", "Alle børn hører højtlæsning hver dag");
        moveTo(chat, "Agnete", id, "trivsel");
        goal(chat, "Agnete", id, "trivsel", "Vi måler trivsel to gange om året");
        JsonNode card = moveTo(chat, "Agnete", id, "aftale");
        assertThat(text(card)).contains("Aftale om målene",
                "Målene aftales af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)",
                "1\\. Læreplanen er med på hvert personalemøde", "Under \"Den pædagogiske læreplan\" · foreslået af Carsten",
                "Venter på svar fra Dagtilbudschef og Dagtilbudsleder");
        List<String> ids = List.copyOf(proposals(card).keySet());
        assertThat(ids).hasSize(3);
        String laereplan = ids.get(0);
        String sprog = ids.get(1);
        String trivsel = ids.get(2);

        // Undecided proposals keep the group at the step.
        JsonNode held = SessionFixtures.click(bot(), chat, "Agnete", "session.next", Map.of("sessionId", id, "stepId", "aftale"));
        assertThat(text(held)).contains("3 forslag venter stadig på samme svar fra Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)");
        assertThat(data(held, "stepId")).isEqualTo("aftale");

        // Carsten may comment, not decide.
        card = replacement(decide(bot(), chat, "Carsten", id, "aftale", laereplan, proposals(card).get(laereplan),
                "COMMENT", Map.of("comment-" + laereplan, "Husk også vuggestuen")));
        assertThat(text(card)).contains("Carsten: Husk også vuggestuen");

        // The first: agreed as proposed by both.
        card = answer(chat, "Agnete", id, card, laereplan, "AGREED", Map.of());
        assertThat(text(card)).contains("Agnete (Dagtilbudschef): aftalt", "Venter på svar fra Dagtilbudsleder");
        card = answer(chat, "Birthe", id, card, laereplan, "AGREED", Map.of());
        assertThat(text(card)).contains("Aftalt af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder).");

        // The second: reworded by both at once, in different words. Both versions stay visible until one is agreed.
        JsonNode before = card;
        card = answer(chat, "Agnete", id, card, sprog, "REWORDED",
                Map.of("reword-" + sprog, "Alle børn hører højtlæsning hver dag i små grupper"));
        card = answer(chat, "Birthe", id, card, sprog, "REWORDED", Map.of("reword-" + sprog, "Alle børn hører højtlæsning"));
        assertThat(text(card)).contains("Agnete (Dagtilbudschef): aftalt med ny ordlyd: \"Alle børn hører højtlæsning hver dag i små grupper\"",
                "Birthe (Dagtilbudsleder): aftalt med ny ordlyd: \"Alle børn hører højtlæsning\"", "Svarene er forskellige");
        assertThat(buttons(card)).contains("Aftalt med denne ordlyd");
        // A click on the card drawn before those answers changes nothing and says what is current.
        String stale = decide(bot(), chat, "Agnete", id, "aftale", sprog, proposals(before).get(sprog), "AGREED", Map.of());
        assertThat(text(replacement(stale))).contains("Forslaget fik et nyt svar", "Svarene er forskellige");
        assertThat(outcomes(id, sprog)).containsExactly("REWORDED", "REWORDED");
        // Birthe joins Agnete's words with one button.
        card = answer(chat, "Birthe", id, card, sprog, "REWORDED", Map.of("text", "Alle børn hører højtlæsning hver dag i små grupper"));
        assertThat(text(card)).contains("Aftalt med ny ordlyd af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder).");

        // The third: not now.
        card = answer(chat, "Agnete", id, card, trivsel, "NOT_NOW", Map.of());
        card = answer(chat, "Birthe", id, card, trivsel, "NOT_NOW", Map.of());
        assertThat(text(card)).contains("Ikke nu: Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder) venter med målet.");

        JsonNode summary = SessionFixtures.next(bot(), connector, chat, "Agnete", id, "aftale");
        assertThat(text(summary)).contains("Aftalt: Læreplanen er med på hvert personalemøde – Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)",
                "Aftalt med ny ordlyd: Alle børn hører højtlæsning hver dag i små grupper (forslaget var: Alle børn hører højtlæsning hver dag)",
                "Ikke nu: Vi måler trivsel to gange om året");
        SessionFixtures.click(bot(), chat, "Agnete", "session.complete", Map.of("sessionId", id, "stepId", "handleplan"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Handleplanen har fået 2 nye mål");

        assertThat(jdbc.sql("SELECT g.text FROM plan_goal g JOIN handleplan p ON p.id = g.plan_id "
                        + "WHERE p.conversation_id = :c ORDER BY g.position").param("c", chat.conversationId())
                .query(String.class).list())
                .containsExactly("Læreplanen er med på hvert personalemøde", "Alle børn hører højtlæsning hver dag i små grupper");
        List<Map<String, Object>> history = jdbc.sql("SELECT h.kind, h.by_name, h.old_value, h.new_value, h.at FROM plan_goal_history h "
                        + "JOIN plan_goal g ON g.id = h.goal_id JOIN handleplan p ON p.id = g.plan_id "
                        + "WHERE p.conversation_id = :c ORDER BY g.position, h.seq").param("c", chat.conversationId())
                .query().listOfRows();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("kind", "AGREED")
                .containsEntry("by_name", "Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)");
        assertThat(history.get(1)).containsEntry("kind", "REWORDED")
                .containsEntry("old_value", "Alle børn hører højtlæsning hver dag")
                .containsEntry("new_value", "Alle børn hører højtlæsning hver dag i små grupper");
        assertThat(((Number) history.get(1).get("at")).longValue()).isPositive();

        // The export, as the bestyrelse and the forvaltning read it, says how each goal was agreed and by whom.
        bot().send(chat.message("Carsten", "handleplan"));
        List<String> urls = connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        String md = new String(download(urls, ".md"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(md).contains("aftalt af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)",
                "aftalt i ny formulering af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder) (foreslået som »Alle børn hører højtlæsning hver dag«)",
                "Handleplanens vej").doesNotContain("Vi måler trivsel to gange om året", "Handleplan: Handleplan");
        String csv = new String(download(urls, ".csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Målets historik", "aftalt af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)");
        try (var document = org.apache.pdfbox.Loader.loadPDF(download(urls, ".pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("aftalt af Agnete (Dagtilbudschef) og Birthe (Dagtilbudsleder)");
        }
    }

    private byte[] download(List<String> urls, String extension) throws Exception {
        String path = java.net.URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow())
                .getRawPath();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void withoutAChefTheAgreementStepSaysSoAndWillNotFinish() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Dagny", "Eskild");
        String id = start(chat, "Dagny");
        role(chat, "Dagny", id, "DAGTILBUDSLEDER");
        moveTo(chat, "Dagny", id, "trivsel");
        goal(chat, "Eskild", id, "trivsel", "Børnene bliver spurgt om deres trivsel");
        JsonNode card = moveTo(chat, "Dagny", id, "aftale");
        assertThat(text(card)).contains("Ingen har rollen Dagtilbudschef endnu, så målene kan ikke aftales",
                "ingen endnu (Dagtilbudschef)");
        assertThat(buttons(card)).contains("Tag en rolle");
        String proposal = proposals(card).keySet().iterator().next();
        card = answer(chat, "Dagny", id, card, proposal, "AGREED", Map.of());
        // The leader's answer alone is no agreement: the step refuses to finish, and says who is missing.
        JsonNode held = SessionFixtures.click(bot(), chat, "Dagny", "session.next", Map.of("sessionId", id, "stepId", "aftale"));
        assertThat(text(held)).contains("Ingen har rollen Dagtilbudschef endnu");
        assertThat(jdbc.sql("SELECT step_index FROM guided_session WHERE id = :s").param("s", id).query(Integer.class)
                .single()).isEqualTo(STEPS.indexOf("aftale"));
        // Eskild takes the chef's role from the step itself, and agrees: now the group can go on.
        card = SessionFixtures.click(bot(), chat, "Eskild", "session.takeRole",
                Map.of("sessionId", id, "stepId", "aftale", "role", "DAGTILBUDSCHEF"));
        assertThat(text(card)).contains("Målene aftales af Eskild (Dagtilbudschef) og Dagny (Dagtilbudsleder)")
                .doesNotContain("Ingen har rollen");
        card = answer(chat, "Eskild", id, card, proposal, "AGREED", Map.of());
        JsonNode summary = SessionFixtures.next(bot(), connector, chat, "Dagny", id, "aftale");
        assertThat(data(summary, "stepId")).isEqualTo("handleplan");
    }

    @Test
    void aClickBySomeoneWithoutADecidingRoleIsRefusedWithWhoMayDecide() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Frode", "Gitte", "Helle");
        String id = start(chat, "Frode");
        role(chat, "Frode", id, "DAGTILBUDSCHEF");
        role(chat, "Gitte", id, "DAGTILBUDSLEDER");
        role(chat, "Helle", id, "BESTYRELSE");
        moveTo(chat, "Frode", id, "foraeldre");
        goal(chat, "Helle", id, "foraeldre", "Forældrene får et nyhedsbrev hver måned");
        JsonNode card = moveTo(chat, "Frode", id, "aftale");
        String proposal = proposals(card).keySet().iterator().next();
        String answer = decide(bot(), chat, "Helle", id, "aftale", proposal, proposals(card).get(proposal), "AGREED", Map.of());
        assertThat(notice(answer)).contains("Det er Frode (Dagtilbudschef) og Gitte (Dagtilbudsleder), der aftaler målene",
                "intet blev ændret", "Kommentér");
        assertThat(jdbc.sql("SELECT count(*) FROM session_decision WHERE session_id = :s").param("s", id)
                .query(Integer.class).single()).isZero();
        // Completing is refused too while the proposal is undecided, even from the summary reached some other way.
        JsonNode refused = SessionFixtures.click(bot(), chat, "Frode", "session.next", Map.of("sessionId", id, "stepId", "aftale"));
        assertThat(text(refused)).contains("1 forslag venter stadig");
    }

    private String start(TeamsActivities chat, String user) {
        bot().send(chat.message(user, "start kvalitetssamtale"));
        return data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
    }

    private void role(TeamsActivities chat, String user, String id, String role) {
        SessionFixtures.click(bot(), chat, user, "session.contribute", Map.of("sessionId", id, "stepId", "ramme", "role", role));
    }

    private void goal(TeamsActivities chat, String user, String id, String step, String text) {
        SessionFixtures.click(bot(), chat, user, "session.contribute", Map.of("sessionId", id, "stepId", step,
                "category", "GOAL", "text", text, "quality", "PROCES", "capital", "SOCIAL"));
    }

    /** "Næste trin" until the group is at {@code step}; the card of that step. */
    private JsonNode moveTo(TeamsActivities chat, String user, String id, String step) {
        int at = jdbc.sql("SELECT step_index FROM guided_session WHERE id = :s").param("s", id).query(Integer.class).single();
        JsonNode card = null;
        for (int i = at; i < STEPS.indexOf(step); i++) {
            card = SessionFixtures.next(bot(), connector, chat, user, id, STEPS.get(i));
            assertThat(data(card, "stepId")).isEqualTo(STEPS.get(i + 1));
        }
        return card;
    }

    /** A deciding role's answer on the card as last drawn; the card it is redrawn as. */
    private JsonNode answer(TeamsActivities chat, String user, String id, JsonNode card, String proposal, String outcome,
                            Map<String, Object> inputs) {
        JsonNode next = replacement(decide(bot(), chat, user, id, "aftale", proposal, proposals(card).get(proposal), outcome,
                inputs));
        assertThat(next).as("%s answered %s", user, outcome).isNotNull();
        return next;
    }

    private List<String> outcomes(String sessionId, String proposal) {
        return jdbc.sql("SELECT outcome FROM session_decision WHERE session_id = :s AND proposal_id = :p ORDER BY role")
                .param("s", sessionId).param("p", proposal).query(String.class).list();
    }
}
