package dk.kernebot.questions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leaders named by the institution's file (by Entra object id only): their Teams id is found through Teams'
 * member lookup, or learned when they first write to the bot; they answer like any leader. Each test uses its own
 * leader, since what the bot learns about a person stays in the shared database.
 */
class InstitutionLeadersTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    OutboxDispatcher sender;
    @Autowired
    QuestionService questions;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void acceptEverythingAgain() {
        connector.reset();
    }

    @Test
    void theInstitutionsLeaderIsFoundInTeamsGetsTheQuestionAndAnswersIntoTheGroup() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "hjælp"));
        putInstitution(List.of(chat.conversationId()), List.of(), "Mette", "Mette Hansen");
        teamsKnows(chat.conversationId(), "Mette");

        bot().send(chat.message("Anne", "spørgsmål Må vi tage på tur i regnvejr?"));
        assertThat(last(chat).text()).isEqualTo(
                "Spørgsmålet er skrevet ned og sendt til Mette Hansen. I får svaret her i chatten.");
        sender.dispatchDue();

        Sent opened = connector.conversationsCreated().stream()
                .filter(c -> c.body().toString().contains(TeamsActivities.userId("Mette"))).findFirst().orElseThrow();
        assertThat(opened.body().path("members").get(0).path("id").asText()).isEqualTo(TeamsActivities.userId("Mette"));
        List<Sent> toMette = connector.postedTo(FakeConnector.personalChatFor(TeamsActivities.userId("Mette")));
        assertThat(toMette).hasSize(1);
        assertThat(toMette.get(0).allText()).contains("Må vi tage på tur i regnvejr?").contains("Anne");

        TeamsActivities mettesChat = personal();
        String response = bot().send(mettesChat.execute("Mette", "leader-card", "question.answer",
                Map.of("verb", "question.answer", "questionId", onlyQuestion(chat), "answer", "Ja, med regntøj.")));
        sender.dispatchDue();

        assertThat(response).contains("Besvaret af Mette");
        assertThat(last(chat).text()).contains("Mette har svaret").contains("Ja, med regntøj.");
    }

    @Test
    void theLeaderCardShowsWhereAnInstitutionsLeaderComesFromAndRemovingThemInTheChatSaysWhereToChangeIt() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "hjælp"));
        putInstitution(List.of(chat.conversationId()), List.of(), "Sanne", "Sanne Holm");

        bot().send(chat.message("Anne", "leder"));
        assertThat(last(chat).allText()).contains("Sanne Holm (udpeget for hele institutionen)")
                .contains("udpeges og ændres af Kernebot-administratoren");

        bot().send(chat.messageMentioning(ADMIN_USER, "leder fjern", "Sanne"));
        assertThat(last(chat).allText()).contains("Sanne Holm er udpeget som leder for hele institutionen og kan ikke fjernes her")
                .contains("Sanne Holm (udpeget for hele institutionen)");
    }

    @Test
    void anInstitutionsLeaderTeamsCannotFindGetsTheQuestionWhenTheyFirstWriteToTheBot() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "hjælp"));
        putInstitution(List.of(chat.conversationId()), List.of(), "Tove", "Tove Lund");
        connector.server().stubFor(get(urlPathEqualTo("/v3/conversations/" + chat.conversationId() + "/members/"
                + TeamsActivities.aadId("Tove"))).willReturn(aResponse().withStatus(404)).atPriority(1));

        bot().send(chat.message("Anne", "spørgsmål Hvem har nøglen til skuret?"));
        sender.dispatchDue();
        assertThat(connector.conversationsCreated()).noneMatch(c -> c.body().toString().contains("Tove"));
        bot().send(chat.message("Anne", "spørgsmål"));
        assertThat(last(chat).allText()).contains("Lederen har ikke skrevet til Kernebot endnu");

        TeamsActivities tovesChat = personal();
        bot().send(tovesChat.message("Tove", "hej"));
        sender.dispatchDue();

        List<Sent> inTovesChat = connector.postedTo(tovesChat.conversationId());
        assertThat(inTovesChat).anySatisfy(s -> assertThat(s.allText()).contains("Hvem har nøglen til skuret?"));
        bot().send(chat.message("Anne", "spørgsmål"));
        assertThat(last(chat).allText()).doesNotContain("har ikke skrevet til Kernebot endnu");
    }

    @Test
    void aQuestionAskedBeforeTheInstitutionNamedALeaderReachesThemOnceTheFileDoes() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "spørgsmål Hvornår kommer der ny sandkasse?"));
        assertThat(last(chat).text()).contains("chatten har ingen leder i Kernebot endnu");

        putInstitution(List.of(chat.conversationId()), List.of(), "Rikke", "Rikke Dal");
        teamsKnows(chat.conversationId(), "Rikke");
        questions.notifyWaiting();
        sender.dispatchDue();
        questions.notifyWaiting();
        sender.dispatchDue();

        List<Sent> toRikke = connector.postedTo(FakeConnector.personalChatFor(TeamsActivities.userId("Rikke")));
        assertThat(toRikke).hasSize(1);
        assertThat(toRikke.get(0).allText()).contains("Hvornår kommer der ny sandkasse?");
    }

    @Test
    void mineSpoergsmaalListsAnInstitutionLeadersQuestionsFromEveryLinkedChatAndChannelAndNoOthers() {
        TeamsActivities chat = groupChat();
        TeamsActivities channel = channel();
        TeamsActivities elsewhere = groupChat();
        bot().send(chat.message("Anne", "spørgsmål Hvem rydder op efter festen?"));
        clock.advance(Duration.ofMinutes(5));
        bot().send(channel.message("Bo", "spørgsmål Skal vi have nye madrasser?"));
        bot().send(elsewhere.message("Carla", "spørgsmål Et spørgsmål fra en anden institution"));
        putInstitution(List.of(chat.conversationId()), List.of(channel.teamId()), "Hanne", "Hanne Krog");
        teamsKnows(channel.teamId(), "Hanne");

        TeamsActivities hannesChat = personal();
        bot().send(hannesChat.message("Hanne", "mine spørgsmål"));
        String mine = last(hannesChat).allText();
        assertThat(mine).contains("Hvem rydder op efter festen?").contains("Skal vi have nye madrasser?")
                .doesNotContain("en anden institution");
        assertThat(mine.indexOf("Hvem rydder op")).isLessThan(mine.indexOf("nye madrasser"));

        String refused = bot().send(hannesChat.execute("Hanne", "forwarded-card", "question.answer",
                Map.of("verb", "question.answer", "questionId", onlyQuestion(elsewhere), "answer", "Nej")));
        assertThat(refused).contains("Det spørgsmål kan kun en leder af den chat");
        assertThat(jdbc.sql("SELECT status FROM question WHERE id = :id").param("id", onlyQuestion(elsewhere))
                .query(String.class).single()).isEqualTo("OPEN");

        // The channel's notification found Hanne through the team's roster.
        questions.notifyWaiting();
        sender.dispatchDue();
        assertThat(connector.postedTo(hannesChat.conversationId()))
                .anySatisfy(s -> assertThat(s.allText()).contains("Skal vi have nye madrasser?"));
    }

    private void putInstitution(List<String> conversations, List<String> teams, String leader, String leaderName) {
        ObjectNode file = JSON.createObjectNode();
        file.put("id", "inst-" + UUID.randomUUID().toString().substring(0, 8));
        file.put("name", "Børnehuset Regnbuen");
        file.putObject("kerneopgave").put("da", "Vi skaber trygge fællesskaber, hvor alle børn trives.");
        ObjectNode value = file.putArray("vaerdisaet").addObject();
        value.put("id", "faellesskab");
        value.putObject("name").put("da", "Fællesskab");
        value.putObject("description").put("da", "Alle børn skal opleve at høre til.");
        ArrayNode c = file.putArray("conversations");
        conversations.forEach(c::add);
        ArrayNode t = file.putArray("teams");
        teams.forEach(t::add);
        ObjectNode named = file.putArray("leaders").addObject();
        named.put("aadObjectId", TeamsActivities.aadId(leader).toUpperCase());
        named.put("name", leaderName);
        assertThat(admin("PUT", "/admin/institutions", file.toString()).statusCode()).isEqualTo(201);
    }

    /** Teams' single-member lookup by Entra object id, as it answers for a member of that roster. */
    private static void teamsKnows(String roster, String person) {
        connector.server().stubFor(get(urlPathEqualTo("/v3/conversations/" + roster + "/members/" + TeamsActivities.aadId(person)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + TeamsActivities.userId(person) + "\",\"name\":\"" + person
                                + "\",\"aadObjectId\":\"" + TeamsActivities.aadId(person) + "\"}"))
                .atPriority(1));
    }

    private String onlyQuestion(TeamsActivities chat) {
        return jdbc.sql("SELECT id FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).single();
    }

    private static Sent last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId());
    }
}
