package dk.kernebot.questions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dk.kernebot.outbox.OutboxClaims;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class QuestionsToTheLeaderTest extends BotIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    OutboxDispatcher sender;
    @Autowired
    QuestionService questions;
    @Autowired
    OutboxClaims claims;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void acceptEverythingAgain() {
        connector.reset();
    }

    @Test
    void anAdminSetsALeaderAndATypedQuestionReachesTheLeadersPersonalChat() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Liv"));
        assertThat(last(chat).allText()).contains("Ledere i denne chat").contains("Liv");

        bot().send(chat.message("Anne", "spørgsmål Må vi bruge legepladsen før kl. 8?"));
        assertThat(last(chat).text()).isEqualTo(
                "Spørgsmålet er skrevet ned og sendt til Liv. I får svaret her i chatten.");

        sender.dispatchDue();
        String livsChat = FakeConnector.personalChatFor(TeamsActivities.userId("Liv"));
        List<Sent> toLiv = connector.postedTo(livsChat);
        assertThat(toLiv).hasSize(1);
        assertThat(toLiv.get(0).allText()).contains("Spørgsmål til dig som leder")
                .contains("Må vi bruge legepladsen før kl. 8?").contains("Anne")
                .contains("Svar").contains("Undersøger").contains("Afvis med begrundelse");
        JsonNode created = connector.conversationsCreated().stream()
                .filter(c -> c.body().toString().contains(TeamsActivities.userId("Liv"))).findFirst().orElseThrow().body();
        assertThat(created.path("members").get(0).path("id").asText()).isEqualTo(TeamsActivities.userId("Liv"));
        assertThat(created.path("isGroup").asBoolean()).isFalse();
    }

    @Test
    void anAdminCanRemoveALeaderAndThenTheQuestionsWaitAgain() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Ida", "Jens"));
        assertThat(leaders(chat)).containsExactly("Ida", "Jens");

        bot().send(chat.messageMentioning(ADMIN_USER, "leder fjern", "Ida"));
        bot().send(chat.messageMentioning("Bo", "leder fjern", "Jens"));

        assertThat(leaders(chat)).containsExactly("Jens");
        assertThat(last(chat).text()).startsWith("Kun en teamejer eller en Kernebot-administrator");
        bot().send(chat.message("Carla", "leder"));
        assertThat(last(chat).allText()).contains("Ledere i denne chat").contains("Jens").doesNotContain("Ida");
    }

    @Test
    void someoneWhoIsNeitherAdminNorOwnerCannotSetALeader() {
        TeamsActivities chat = groupChat();

        bot().send(chat.messageMentioning("Bo", "leder", "Bo"));

        assertThat(last(chat).text()).startsWith("Kun en teamejer eller en Kernebot-administrator");
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_leader WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single()).isZero();
    }

    @Test
    void aTeamOwnerMaySetALeaderInTheirTeamsChannel() {
        TeamsActivities team = channel();
        connector.server().stubFor(get(urlPathMatching("/v3/conversations/.+/members/.+"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + TeamsActivities.userId("Olga") + "\",\"name\":\"Olga\",\"userRole\":\"owner\"}"))
                .atPriority(1));

        bot().send(team.messageMentioning("Olga", "leder", "Lone"));

        assertThat(leaders(team)).containsExactly("Lone");
    }

    @Test
    void withoutALeaderTheQuestionWaitsAndReachesTheFirstLeaderSet() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "spørgsmål Hvem bestiller frugt?"));
        assertThat(last(chat).text()).contains("chatten har ingen leder i Kernebot endnu");
        sender.dispatchDue();
        String verasChat = FakeConnector.personalChatFor(TeamsActivities.userId("Vera"));
        int before = connector.postedTo(verasChat).size();

        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Vera"));
        sender.dispatchDue();

        List<Sent> toVera = connector.postedTo(verasChat);
        assertThat(toVera).hasSize(before + 1);
        assertThat(toVera.get(toVera.size() - 1).allText()).contains("Hvem bestiller frugt?");
    }

    @Test
    void theLeadersAnswerComesBackIntoTheThreadMentioningTheAsker() {
        TeamsActivities team = channel();
        bot().send(team.messageMentioning(ADMIN_USER, "leder", "Lone"));
        bot().send(team.messageInThread("Anne", "spørgsmål Hvornår er der personalemøde?", "root-77"));
        String questionId = onlyQuestion(team);
        sender.dispatchDue();

        TeamsActivities lonesChat = personal();
        String response = bot().send(lonesChat.execute("Lone", "leader-card-1", "question.answer",
                Map.of("verb", "question.answer", "questionId", questionId, "answer", "Torsdag kl. 16.")));
        sender.dispatchDue();

        assertThat(response).contains("Besvaret af Lone");
        List<Sent> inTeam = connector.postedTo(team.conversationId());
        Sent answer = inTeam.get(inTeam.size() - 1);
        assertThat(answer.path()).endsWith("/activities/root-77");
        assertThat(answer.text()).startsWith("Lone har svaret på spørgsmålet fra <at>Anne</at>: \"Hvornår er der personalemøde?\"")
                .contains("Torsdag kl. 16.");
        assertThat(answer.body().path("entities").get(0).path("mentioned").path("id").asText())
                .isEqualTo(TeamsActivities.userId("Anne"));
        assertThat(status(questionId)).isEqualTo("ANSWERED");
    }

    @Test
    void aCardActionFromSomeoneWhoIsNotALeaderOfThatConversationChangesNothing() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lone"));
        bot().send(chat.message("Anne", "spørgsmål Må vi flytte sovetiden?"));
        String questionId = onlyQuestion(chat);

        TeamsActivities mallorysChat = personal();
        String response = bot().send(mallorysChat.execute("Mallory", "forwarded-card", "question.answer",
                Map.of("verb", "question.answer", "questionId", questionId, "answer", "Ja da")));
        TeamsActivities otherTenant = personal().inTenant("tenant-other");
        String replayed = bot().send(otherTenant.execute("Lone", "replayed-card", "question.reject",
                Map.of("verb", "question.reject", "questionId", questionId, "reason", "Nej")));

        assertThat(response).contains("Det spørgsmål kan kun en leder af den chat");
        assertThat(replayed).contains("Det spørgsmål kan kun en leder af den chat");
        assertThat(status(questionId)).isEqualTo("OPEN");
    }

    @Test
    void investigatingRejectingAndForwardingWork() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lone", "Per"));
        bot().send(chat.message("Anne", "spørgsmål Kan vi få en ekstra vikar?"));
        bot().send(chat.message("Bo", "spørgsmål Må vi holde juleklip om fredagen?"));
        List<String> ids = jdbc.sql("SELECT id FROM question WHERE conversation_id = :c ORDER BY text")
                .param("c", chat.conversationId()).query(String.class).list();
        String vikar = ids.get(0);
        String juleklip = ids.get(1);
        TeamsActivities lonesChat = personal();

        bot().send(lonesChat.execute("Lone", "c1", "question.investigate", Map.of("verb", "question.investigate", "questionId", vikar)));
        String rejectWithoutReason = bot().send(lonesChat.execute("Lone", "c2", "question.reject",
                Map.of("verb", "question.reject", "questionId", juleklip, "reason", " ")));
        bot().send(lonesChat.execute("Lone", "c3", "question.forward",
                Map.of("verb", "question.forward", "questionId", juleklip, "leader", TeamsActivities.userId("Per"))));
        sender.dispatchDue();

        assertThat(status(vikar)).isEqualTo("INVESTIGATING");
        assertThat(rejectWithoutReason).contains("Skriv en begrundelse");
        assertThat(connector.postedTo(chat.conversationId()).stream().map(Sent::text).toList())
                .anyMatch(t -> t != null && t.contains("Lone undersøger spørgsmålet fra <at>Anne</at>: \"Kan vi få en ekstra vikar?\""));
        List<Sent> toPer = connector.postedTo(FakeConnector.personalChatFor(TeamsActivities.userId("Per")));
        assertThat(toPer.get(toPer.size() - 1).allText()).contains("Må vi holde juleklip om fredagen?");

        bot().send(lonesChat.execute("Per", "c4", "question.reject",
                Map.of("verb", "question.reject", "questionId", juleklip, "reason", "Det besluttes i bestyrelsen.")));
        sender.dispatchDue();
        assertThat(status(juleklip)).isEqualTo("REJECTED");
        assertThat(last(chat).text()).contains("Per har afvist spørgsmålet").contains("Det besluttes i bestyrelsen.");

        bot().send(chat.message("Carla", "spørgsmål"));
        assertThat(last(chat).allText()).contains("Jeres spørgsmål til lederen").contains("Undersøges af Lone")
                .contains("Afvist af Per").contains("Ledere: Lone og Per");
    }

    @Test
    void mineSpoergsmaalListsWhatWaitsForTheLeaderOldestFirst() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lise"));
        bot().send(chat.message("Anne", "spørgsmål Først spurgt?"));
        clock.advance(Duration.ofMinutes(1));
        bot().send(chat.message("Bo", "spørgsmål Sidst spurgt?"));

        TeamsActivities lisesChat = personal();
        bot().send(lisesChat.plainMessage("Lise", "mine spørgsmål"));

        String text = last(lisesChat).allText();
        assertThat(text).contains("Spørgsmål, der venter på dig").contains("2 spørgsmål venter");
        assertThat(text.indexOf("Først spurgt?")).isLessThan(text.indexOf("Sidst spurgt?"));
    }

    @Test
    void anUnansweredQuestionIsRemindedOnceAfterThreeDaysThenWeeklyAndAnsweringStopsIt() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Rita"));
        bot().send(chat.message("Anne", "spørgsmål Hvornår kommer de nye senge?"));
        String questionId = onlyQuestion(chat);
        sender.dispatchDue();
        String ritasChat = FakeConnector.personalChatFor(TeamsActivities.userId("Rita"));

        clock.advance(Duration.ofDays(2));
        questions.sendDueReminders();
        sender.dispatchDue();
        assertThat(connector.postedTo(ritasChat)).hasSize(1);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        questions.sendDueReminders();
        questions.sendDueReminders();
        sender.dispatchDue();
        assertThat(connector.postedTo(ritasChat)).hasSize(2);
        assertThat(connector.postedTo(ritasChat).get(1).allText()).contains("Påmindelse (1)");

        clock.advance(Duration.ofDays(6));
        questions.sendDueReminders();
        sender.dispatchDue();
        assertThat(connector.postedTo(ritasChat)).hasSize(2);
        clock.advance(Duration.ofDays(1));
        questions.sendDueReminders();
        sender.dispatchDue();
        assertThat(connector.postedTo(ritasChat)).hasSize(3);

        bot().send(personal().execute("Rita", "c", "question.answer",
                Map.of("verb", "question.answer", "questionId", questionId, "answer", "I januar.")));
        clock.advance(Duration.ofDays(30));
        questions.sendDueReminders();
        sender.dispatchDue();
        assertThat(connector.postedTo(ritasChat)).hasSize(3);
    }

    @Test
    void aLeaderNotificationGoesOutOnceEvenWhenASenderDiesAfterClaimingIt() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Karin"));
        bot().send(chat.message("Anne", "spørgsmål Hvad med madpakkerne?"));
        assertThat(claims.claimDue(100)).isNotEmpty(); // a sender claimed the rows, then the process died

        sender.dispatchDue();
        String karinsChat = FakeConnector.personalChatFor(TeamsActivities.userId("Karin"));
        assertThat(connector.postedTo(karinsChat)).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        sender.dispatchDue();
        sender.dispatchDue();
        assertThat(connector.postedTo(karinsChat)).hasSize(1);
    }

    @Test
    void aRateLimitedNotificationIsRetriedAndAPermanentFailureShowsInTheList() {
        TeamsActivities chat = groupChat();
        String ninasChat = FakeConnector.personalChatFor(TeamsActivities.userId("Nina"));
        connector.server().stubFor(post(urlPathMatching(FakeConnector.activitiesPathRegex(ninasChat)))
                .inScenario("nina").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok").atPriority(1));
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Nina"));
        bot().send(chat.message("Anne", "spørgsmål Første?"));
        sender.dispatchDue();
        clock.advance(Duration.ofSeconds(2));
        sender.dispatchDue();
        assertThat(connector.postedTo(ninasChat)).hasSize(2);

        connector.server().stubFor(post(urlPathMatching(FakeConnector.activitiesPathRegex(ninasChat)))
                .willReturn(aResponse().withStatus(403)).atPriority(1));
        bot().send(chat.message("Anne", "spørgsmål Andet?"));
        sender.dispatchDue();
        bot().send(chat.message("Anne", "spørgsmål"));
        assertThat(last(chat).allText()).contains("Lederen kunne ikke få besked i Teams");
    }

    private List<String> leaders(TeamsActivities chat) {
        return jdbc.sql("SELECT name FROM conversation_leader WHERE conversation_id = :c ORDER BY name")
                .param("c", chat.conversationId()).query(String.class).list();
    }

    private String onlyQuestion(TeamsActivities chat) {
        return jdbc.sql("SELECT id FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).single();
    }

    private String status(String questionId) {
        return jdbc.sql("SELECT status FROM question WHERE id = :id").param("id", questionId).query(String.class).single();
    }

    private static Sent last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId());
    }
}
