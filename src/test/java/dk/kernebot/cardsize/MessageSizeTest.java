package dk.kernebot.cardsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.outbox.OutboxDispatcher;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The size guard through the real endpoint. The limit is set low here (2 KB, the least it takes) so that ordinary cards are over it: a
 * handleplan card (a reply) and a leader's question card (a proactive send through the outbox) go out shortened,
 * never whole, with a button to a page that has all of it.
 */
@TestPropertySource(properties = "kernebot.bot.max-message-size=2KB")
class MessageSizeTest extends BotIntegrationTest {

    private static final int LIMIT = 2048;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    OutboxDispatcher sender;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void acceptEverythingAgain() {
        connector.reset();
    }

    @Test
    void aHandleplanCardOverTheLimitIsSentShortenedWithAButtonToAllOfIt() throws Exception {
        TeamsActivities chat = groupChat();
        List<String> goals = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String goal = "Mål nummer " + i + " om sprog og leg: " + "alle børn deltager i små fællesskaber hver dag ".repeat(6);
            goals.add(goal.strip());
            bot().send(chat.message("Anne", "mål " + goal));
        }
        bot().send(chat.message("Anne", "handleplan"));

        Sent posted = connector.lastPostedTo(chat.conversationId());
        JsonNode card = posted.card();
        assertThat(card).as("the handleplan is sent as a card").isNotNull();
        assertThat(bytes(card)).as("the card's size").isLessThanOrEqualTo(LIMIT);
        String shown = posted.allText();
        assertThat(shown).contains("Handleplan", goals.get(0).substring(0, 40))
                .contains("Her står kun begyndelsen")
                .doesNotContain(goals.get(7));
        String url = openUrl(card, "Se det hele");

        HttpResponse<String> page = get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Det fulde indhold af en besked fra Kernebot");
        // The card shows the plan's first page (five goals); all of that page is behind the link.
        for (String goal : goals.subList(0, 5)) {
            assertThat(page.body()).contains(goal);
        }
        assertThat(get(url.replaceAll("/indhold/.*", "/indhold/" + "x".repeat(43))).statusCode()).isEqualTo(404);
    }

    @Test
    void aLeadersQuestionCardOverTheLimitIsSentShortenedFromTheOutboxAndTheRowKeepsTheWhole() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Ingeborg"));
        String question = ("Hvordan får vi plads til både ro og vild leg på legepladsen om eftermiddagen, når vi er få "
                + "voksne og mange børn? ").repeat(8).strip();
        assertThat(question.length()).isLessThanOrEqualTo(1000);
        bot().send(chat.message("Anne", "spørgsmål " + question));

        sender.dispatchDue();
        String ingeborgsChat = FakeConnector.personalChatFor(TeamsActivities.userId("Ingeborg"));
        List<Sent> toHer = connector.postedTo(ingeborgsChat);
        assertThat(toHer).hasSize(1);
        JsonNode card = toHer.get(0).card();
        assertThat(bytes(card)).as("the card's size").isLessThanOrEqualTo(LIMIT);
        assertThat(toHer.get(0).allText()).contains("Spørgsmål til dig som leder", "Her står kun begyndelsen");

        String stored = jdbc.sql("SELECT card_json FROM outbox WHERE conversation_id = :c OR via_conversation = :c")
                .param("c", chat.conversationId()).query(String.class).list().stream()
                .filter(json -> json != null && json.contains("Spørgsmål til dig som leder")).findFirst().orElseThrow();
        assertThat(stored.getBytes(StandardCharsets.UTF_8).length).as("the stored card is the whole card")
                .isGreaterThan(LIMIT);

        HttpResponse<String> page = get(openUrl(card, "Se det hele"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(question.substring(question.length() - 60));
    }

    private static int bytes(JsonNode card) throws Exception {
        return JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String openUrl(JsonNode card, String title) {
        for (JsonNode action : card.path("actions")) {
            if ("Action.OpenUrl".equals(action.path("type").asText()) && title.equals(action.path("title").asText())) {
                return action.path("url").asText();
            }
        }
        throw new AssertionError("No button '" + title + "' on the card: " + card);
    }

    /** The link is made for KERNEBOT_PUBLIC_URL; the test's bot listens on a port of its own. */
    private HttpResponse<String> get(String url) throws Exception {
        URI local = URI.create("http://localhost:" + port + URI.create(url).getPath());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(local).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
