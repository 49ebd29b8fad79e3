package dk.kernebot.privacy;

import static dk.kernebot.privacy.PrivacyFixtures.data;
import static dk.kernebot.privacy.PrivacyFixtures.map;
import static dk.kernebot.privacy.PrivacyFixtures.read;
import static dk.kernebot.privacy.PrivacyFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.session.SessionTestAccess;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's rights through the real endpoints. Fridolina leads a group chat, asks and answers questions, saves
 * answers, facilitates a session, proposes and votes, owns a handleplan action and comments on it, and has her own
 * 1:1 chat. Her export contains all of it; after her erasure no text column of any table (read from the database's
 * metadata, so later tables count too) holds her name or any of her ids, and every card and export still renders.
 */
class PersonalDataTest extends BotIntegrationTest {

    private static final String HER = "Fridolina";
    private static final String HER_ID = TeamsActivities.userId(HER);
    private static final String HER_AAD = TeamsActivities.aadId(HER);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OutboxDispatcher sender;

    TeamsActivities group;
    TeamsActivities english;
    TeamsActivities herChat;
    TeamsActivities meeting;
    String sessionId;
    String meetingSessionId;
    String planToken;

    @BeforeEach
    void fridolinaTakesPartInEverything() {
        group = groupChat();
        english = groupChat().inEnglish();
        herChat = personal();
        SessionTestAccess.roster(connector, group, "Anne", "Bo", HER);

        // Her own 1:1 chat, with an answer saved there.
        bot().send(herChat.plainMessage(HER, "kort"));
        bot().send(herChat.execute(HER, "own-card", "reflection.answer", map("verb", "reflection.answer",
                "drawId", data(connector.lastPostedTo(herChat.conversationId()).card(), "drawId"),
                "answer", "Mine egne tanker om leg.")));

        // The group's leader: a question reaches her, she answers it, and asks one of her own.
        bot().send(group.messageMentioning(ADMIN_USER, "leder", HER));
        bot().send(group.message("Anne", "spørgsmål Hvornår er der personalemøde?"));
        sender.dispatchDue();
        String annesQuestion = jdbc.sql("SELECT id FROM question WHERE conversation_id = :c AND asked_by_name = 'Anne'")
                .param("c", group.conversationId()).query(String.class).single();
        bot().send(herChat.execute(HER, "leader-card", "question.answer",
                map("verb", "question.answer", "questionId", annesQuestion, "answer", "Torsdag kl. 16.")));
        bot().send(group.message(HER, "spørgsmål Må vi købe nye spande?"));

        // A reflection answer in the group and one in an English group.
        saveAnswer(group, HER, "Vi leger mere ude ved gyngerne.");
        saveAnswer(english, HER, "We play outside more.");

        // A session she facilitates: she proposes, Anne proposes, she votes for Anne's, Bo is nudged by her.
        bot().send(group.message(HER, "start kerneopgave"));
        sessionId = data(connector.lastPostedTo(group.conversationId()).card(), "sessionId");
        bot().send(group.execute(HER, "step", "session.next", map("sessionId", sessionId, "stepId", "ramme")));
        bot().send(group.execute(HER, "step", "session.contribute", map("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Vi skaber trygge rammer for leg.")));
        bot().send(group.execute("Anne", "step", "session.contribute", map("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Vi er nysgerrige sammen med børnene – spørg Fridolina om idéen.")));
        String annes = jdbc.sql("SELECT id FROM session_entry WHERE session_id = :s AND author_name = 'Anne'")
                .param("s", sessionId).query(String.class).single();
        bot().send(group.execute(HER, "step", "session.vote", map("sessionId", sessionId, "stepId", "kerneopgave",
                "entryId", annes)));
        bot().send(group.execute(HER, "step", "session.nudge", map("sessionId", sessionId, "stepId", "kerneopgave")));
        // As ordstyrer she writes down what Bo says at the table.
        bot().send(group.execute(HER, "step", "session.contribute", map("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Bo siger: vi leger i skoven hver tirsdag.", "behalfOf", TeamsActivities.userId("Bo"))));

        // A meeting chat where Anne leads and names her referent: she starts the round and ticks herself off.
        meeting = meetingChat();
        SessionTestAccess.roster(connector, meeting, "Anne", "Bo", HER);
        bot().send(meeting.message("Anne", "start kerneopgave"));
        meetingSessionId = data(connector.lastPostedTo(meeting.conversationId()).card(), "sessionId");
        bot().send(meeting.messageMentioning("Anne", "referent", HER));
        bot().send(meeting.execute("Anne", "step", "session.next", map("sessionId", meetingSessionId, "stepId", "ramme")));
        bot().send(meeting.execute(HER, "step", "session.round", map("sessionId", meetingSessionId,
                "stepId", "kerneopgave")));
        bot().send(meeting.execute(HER, "step", "session.round.tick", map("sessionId", meetingSessionId,
                "stepId", "kerneopgave", "userId", HER_ID)));

        // The handleplan: her goal, her action, her comment on it.
        bot().send(group.message(HER, "mål Mere leg ved gyngerne"));
        bot().send(group.message(HER, "handling Flere skovle ansvarlig mig frist 1. marts 2027"));
        String action = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan h ON h.id = a.plan_id WHERE h.conversation_id = :c")
                .param("c", group.conversationId()).query(String.class).single();
        bot().send(group.execute(HER, "plan-card", "actionplan.action.status", map("verb", "actionplan.action.status",
                "actionId", action, "status", "I_GANG", "comment", "Fridolina har bestilt dem.")));
        planToken = jdbc.sql("SELECT export_token FROM handleplan WHERE conversation_id = :c")
                .param("c", group.conversationId()).query(String.class).single();
        sender.dispatchDue();
    }

    @Test
    void herExportHoldsHerContributionsFromSessionsQuestionsAnswersAndTheHandleplan() {
        var response = admin("GET", "/admin/people/" + HER_AAD, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode export = read(response.body());
        assertThat(export.path("person").path("teamsUserIds").toString()).contains(HER_ID);
        assertThat(export.path("person").path("names").toString()).contains(HER);
        assertThat(export.path("reflectionAnswers").toString()).contains("Vi leger mere ude ved gyngerne.", "We play outside more.",
                "Mine egne tanker om leg.");
        assertThat(export.path("questionsAsked").toString()).contains("Må vi købe nye spande?");
        assertThat(export.path("questionsForYouAsLeader").toString()).contains("Hvornår er der personalemøde?",
                "Torsdag kl. 16.");
        assertThat(export.path("leaderOf").toString()).contains(group.conversationId());
        assertThat(export.path("sessions").toString()).contains(sessionId);
        assertThat(export.path("sessionContributions").toString()).contains("Vi skaber trygge rammer for leg.")
                .doesNotContain("nysgerrige");
        assertThat(export.path("sessionVotes").toString()).contains("Vi er nysgerrige sammen med børnene");
        assertThat(export.path("sessionNotedForOthers").toString()).contains("vi leger i skoven hver tirsdag", "Bo");
        assertThat(export.path("sessionReferentOf").toString()).contains(meetingSessionId);
        assertThat(export.path("sessionRoundsStarted").toString()).contains(meetingSessionId, "kerneopgave");
        assertThat(export.path("sessionRoundTurns").toString()).contains(meetingSessionId, HER);
        assertThat(export.path("handleplanGoals").toString()).contains("Mere leg ved gyngerne");
        assertThat(export.path("handleplanActions").toString()).contains("Flere skovle", "2027-03-01");
        assertThat(export.path("handleplanChanges").toString()).contains("Fridolina har bestilt dem.");
        assertThat(export.path("messagesToYou").size()).isPositive();
        assertThat(export.path("reflectionAnswers").get(0).path("createdAt").asText()).startsWith("2026-11-23T");
        assertThat(response.body()).doesNotContain("Anne\",\"answer\"");

        assertThat(admin("GET", "/admin/people/00000000-0000-0000-0000-00000000dead", null).statusCode()).isEqualTo(404);
    }

    @Test
    void mineDataGivesHerTheSameExportAsAShortLivedFileLinkInHerOwnChatOnly() throws Exception {
        bot().send(group.message(HER, "mine data"));
        assertThat(connector.lastPostedTo(group.conversationId()).text()).contains("personlige chat").doesNotContain("http");

        bot().send(herChat.plainMessage(HER, "mine data"));
        String said = connector.lastPostedTo(herChat.conversationId()).text();
        assertThat(said).contains("Hent mine data", "Linket virker i 1 time");
        Matcher link = Pattern.compile("\\((http://localhost:3978(/privatliv/data/[A-Za-z0-9_-]{43}\\.json))\\)").matcher(said);
        assertThat(link.find()).as(said).isTrue();

        HttpResponse<String> file = get(link.group(2));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".json");
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode export = read(file.body());
        assertThat(export.path("sessionContributions").toString()).contains("Vi skaber trygge rammer for leg.");
        assertThat(export.path("handleplanActions").toString()).contains("Flere skovle");

        clock.advance(java.time.Duration.ofMinutes(61));
        assertThat(get(link.group(2)).statusCode()).as("the link runs out").isEqualTo(404);
        assertThat(get("/privatliv/data/" + "x".repeat(43) + ".json").statusCode()).isEqualTo(404);
    }

    @Test
    void erasureLeavesNoTraceOfHerInAnyTableAndEverythingStillRenders() throws Exception {
        List<String> before = traces();
        assertThat(before).as("the scan finds her before the erasure").isNotEmpty();
        // She has left the institution: Teams no longer lists her in the group (else its roster would name her again).
        SessionTestAccess.roster(connector, group, "Anne", "Bo");

        var erased = admin("DELETE", "/admin/people/" + HER_AAD, null);

        assertThat(erased.statusCode()).isEqualTo(200);
        String placeholderId = read(erased.body()).path("placeholderId").asText();
        assertThat(placeholderId).startsWith("former:");
        assertThat(traces()).isEmpty();

        // Shared records keep her contribution under the placeholder, in the conversation's language.
        assertThat(jdbc.sql("SELECT author_name FROM reflection_answer WHERE conversation_id = :c")
                .param("c", group.conversationId()).query(String.class).single()).isEqualTo("Tidligere deltager");
        assertThat(jdbc.sql("SELECT author_name FROM reflection_answer WHERE conversation_id = :c")
                .param("c", english.conversationId()).query(String.class).single()).isEqualTo("Former participant");
        assertThat(jdbc.sql("SELECT count(*) FROM reflection_answer WHERE answer = 'Mine egne tanker om leg.'")
                .query(Integer.class).single()).as("her own 1:1 chats are deleted").isZero();
        assertThat(jdbc.sql("SELECT a.owner_id, a.owner_name FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                        + "WHERE h.conversation_id = :c").param("c", group.conversationId()).query().singleRow())
                .containsEntry("owner_id", placeholderId).containsEntry("owner_name", "Tidligere deltager");
        assertThat(jdbc.sql("SELECT count(*) FROM session_vote WHERE voter_id = :f AND session_id = :s")
                .param("f", placeholderId).param("s", sessionId)
                .query(Integer.class).single()).as("her vote still counts").isEqualTo(1);
        assertThat(jdbc.sql("SELECT author_name FROM session_entry WHERE session_id = :s AND text LIKE 'Vi er nysgerrige%'")
                .param("s", sessionId).query(String.class).single()).as("Anne keeps her name").isEqualTo("Anne");
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_leader WHERE conversation_id = :c")
                .param("c", group.conversationId()).query(Integer.class).single()).as("she no longer leads").isZero();

        // Every card and export still renders.
        bot().send(group.message("Anne", "handleplan"));
        assertThat(text(connector.lastPostedTo(group.conversationId()).card())).contains("Flere skovle", "Tidligere deltager");
        bot().send(group.message("Anne", "svar"));
        assertThat(text(connector.lastPostedTo(group.conversationId()).card())).contains("Vi leger mere ude ved gyngerne.", "Tidligere deltager");
        bot().send(english.message("Anne", "answers"));
        assertThat(text(connector.lastPostedTo(english.conversationId()).card())).contains("Former participant")
                .doesNotContain("Tidligere deltager");
        bot().send(group.message("Anne", "spørgsmål"));
        assertThat(text(connector.lastPostedTo(group.conversationId()).card())).contains("Må vi købe nye spande?");
        bot().send(group.message("Anne", "fortsæt"));
        assertThat(text(connector.lastPostedTo(group.conversationId()).card()))
                .contains("Vi skaber trygge rammer for leg.", "Tidligere deltager");
        bot().send(group.message("Anne", "leder"));
        assertThat(connector.lastPostedTo(group.conversationId()).card()).isNotNull();
        String planLink = link("handleplan", planToken);
        for (String format : new String[] {"md", "csv", "pdf"}) {
            HttpResponse<String> export = get("/handleplans/" + planLink + "." + format);
            assertThat(export.statusCode()).as(format).isEqualTo(200);
            if (!format.equals("pdf")) {
                assertThat(export.body()).contains("Flere skovle", "Tidligere deltager");
            }
        }
        String board = jdbc.sql("SELECT board_token FROM guided_session WHERE id = :s").param("s", sessionId)
                .query(String.class).single();
        bot().send(group.message("Anne", "tavle"));
        assertThat(get("/boards/" + link("board", board) + ".svg").statusCode()).isEqualTo(200);
        sender.dispatchDue();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE user_id LIKE 'former:%'").query(Integer.class).single())
                .as("nothing is queued for the placeholder").isZero();
        bot().send(group.message("Bo", "afslut nu"));
        bot().send(group.message("Anne", "mine data"));

        // Asking again finds nobody: erasure is done once, and the export has nothing more.
        assertThat(admin("DELETE", "/admin/people/" + HER_AAD, null).statusCode()).isEqualTo(404);
        assertThat(admin("GET", "/admin/people/" + HER_AAD, null).statusCode()).isEqualTo(404);
        assertThat(traces()).isEmpty();
    }

    @Test
    void theAdminEndpointsNeedTheAdminKey() throws Exception {
        for (String method : new String[] {"GET", "DELETE"}) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/admin/people/" + HER_AAD))
                    .header("X-Admin-Key", "wrong").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }
        assertThat(traces()).as("a refused call changes nothing").isNotEmpty();
    }

    /** Every text value anywhere that holds her name or one of her ids: "table.column: value". */
    private List<String> traces() {
        List<String> needles = new ArrayList<>(List.of(HER.toLowerCase(Locale.ROOT), HER_ID, HER_AAD,
                herChat.conversationId(), FakeConnector.personalChatFor(HER_ID)));
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : Schema.textColumns(dataSource).entrySet()) {
            for (String column : table.getValue()) {
                for (String needle : needles) {
                    jdbc.sql("SELECT \"" + column + "\" FROM \"" + table.getKey() + "\" WHERE lower(\"" + column
                                    + "\") LIKE :p").param("p", "%" + needle.toLowerCase(Locale.ROOT) + "%")
                            .query(String.class).list()
                            .forEach(v -> found.add(table.getKey() + "." + column + ": " + v));
                }
            }
        }
        return found;
    }

    private void saveAnswer(TeamsActivities chat, String who, String answer) {
        bot().send(chat.message(who, chat == english ? "card" : "kort"));
        bot().send(chat.execute(who, "card", "reflection.answer", map("verb", "reflection.answer",
                "drawId", data(connector.lastPostedTo(chat.conversationId()).card(), "drawId"), "answer", answer)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The live download link of a board or plan, as the cards show it. */
    private String link(String kind, String target) {
        return jdbc.sql("SELECT token FROM download_link WHERE kind = :k AND target = :t").param("k", kind)
                .param("t", target).query(String.class).single();
    }
}
