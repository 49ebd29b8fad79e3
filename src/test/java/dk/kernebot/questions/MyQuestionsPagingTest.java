package dk.kernebot.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "mine spørgsmål" with many questions waiting: the 15 oldest, how many wait in all, and "Vis flere" showing the
 * next ones in the same card; the card stays well under Teams' limit however long the questions are.
 */
class MyQuestionsPagingTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CARD_BYTES = 40_000;

    @Autowired
    JdbcClient jdbc;

    private final List<TeamsActivities> chats = new ArrayList<>();

    /**
     * The suite shares one database and outbox: the many notifications to this test's leaders (names no other test
     * uses) are not delivered here, so they must not wait in the outbox for other tests' delivery rounds.
     */
    @AfterEach
    void dropTheUndeliveredNotifications() {
        for (TeamsActivities chat : chats) {
            // Settled, so no reminder round elsewhere in the suite brings them back to these leaders.
            jdbc.sql("UPDATE question SET status = 'REJECTED' WHERE conversation_id = :c")
                    .param("c", chat.conversationId()).update();
            jdbc.sql("DELETE FROM outbox WHERE EXISTS (SELECT 1 FROM question q WHERE q.conversation_id = :c "
                    + "AND outbox.dedupe_key LIKE 'question:' || q.id || ':%')").param("c", chat.conversationId()).update();
        }
    }

    @Override
    protected TeamsActivities groupChat() {
        TeamsActivities chat = super.groupChat();
        chats.add(chat);
        return chat;
    }

    @Test
    void fortyQuestionsArePagedFifteenAtATimeInPlace() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Ragnhild"));
        for (int i = 1; i <= 40; i++) {
            clock.advance(java.time.Duration.ofMinutes(1));
            bot().send(chat.message(i % 2 == 0 ? "Anne" : "Bo", "spørgsmål " + question(i)));
        }
        // One is answered already: it no longer waits.
        String first = questionId(question(1));
        TeamsActivities ragnhildsChat = personal();
        bot().send(ragnhildsChat.execute("Ragnhild", "leader-card", "question.answer",
                Map.of("verb", "question.answer", "questionId", first, "answer", "Ja.")));

        bot().send(ragnhildsChat.plainMessage("Ragnhild", "mine spørgsmål"));

        Sent posted = connector.lastPostedTo(ragnhildsChat.conversationId());
        assertThat(bytes(posted)).isLessThan(MAX_CARD_BYTES);
        JsonNode card = posted.card();
        assertThat(posted.allText()).contains("39 spørgsmål venter").contains("Viser spørgsmål 1–15 af 39.");
        assertThat(shown(card)).containsExactlyElementsOf(numbers(2, 16));
        assertThat(moreOffset(card)).isEqualTo("15");

        String activity = last(connector.postedIds(ragnhildsChat.conversationId()));
        JsonNode second = invokeCard(bot().send(ragnhildsChat.execute("Ragnhild", activity, MyQuestionsCommand.MORE,
                Map.of("verb", MyQuestionsCommand.MORE, "offset", moreOffset(card)))));
        assertThat(second.toString()).contains("Viser spørgsmål 16–30 af 39.");
        assertThat(shown(second)).containsExactlyElementsOf(numbers(17, 31));
        assertThat(last(connector.updatesIn(ragnhildsChat.conversationId())).path()).endsWith("/activities/" + activity);

        JsonNode third = invokeCard(bot().send(ragnhildsChat.execute("Ragnhild", activity, MyQuestionsCommand.MORE,
                Map.of("verb", MyQuestionsCommand.MORE, "offset", moreOffset(second)))));
        assertThat(third.toString()).contains("Viser spørgsmål 31–39 af 39.");
        assertThat(shown(third)).containsExactlyElementsOf(numbers(32, 40));
        assertThat(moreOffset(third)).as("no \"Vis flere\" on the last page").isNull();
        assertThat(connector.postedTo(ragnhildsChat.conversationId())).hasSize(1);
    }

    @Test
    void theButtonShowsEachPersonOnlyWhatWaitsForThemAndABadOffsetStartsAtTheTop() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Henny"));
        for (int i = 1; i <= 17; i++) {
            clock.advance(java.time.Duration.ofMinutes(1));
            bot().send(chat.message("Anne", "spørgsmål " + question(i)));
        }

        TeamsActivities mallorysChat = personal();
        JsonNode mallorys = invokeCard(bot().send(mallorysChat.execute("Mallory", "old-card", MyQuestionsCommand.MORE,
                Map.of("verb", MyQuestionsCommand.MORE, "offset", "15"))));
        assertThat(mallorys.toString()).contains("Ingen spørgsmål venter på dig lige nu.").doesNotContain("Spørgsmål nr.");

        TeamsActivities hennysChat = personal();
        JsonNode fromTop = invokeCard(bot().send(hennysChat.execute("Henny", "old-card", MyQuestionsCommand.MORE,
                Map.of("verb", MyQuestionsCommand.MORE, "offset", "ikke et tal"))));
        assertThat(shown(fromTop)).containsExactlyElementsOf(numbers(1, 15));
        JsonNode pastTheEnd = invokeCard(bot().send(hennysChat.execute("Henny", "old-card", MyQuestionsCommand.MORE,
                Map.of("verb", MyQuestionsCommand.MORE, "offset", "900"))));
        assertThat(pastTheEnd.toString()).contains("Viser spørgsmål 16–17 af 17.");
        assertThat(shown(pastTheEnd)).containsExactlyElementsOf(numbers(16, 17));
    }

    @Test
    void anEnglishLeaderSeesTheCountAndShowMore() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Gudrun"));
        for (int i = 1; i <= 16; i++) {
            bot().send(chat.message("Anne", "spørgsmål " + question(i)));
        }

        TeamsActivities gudrunsChat = personal().inEnglish();
        bot().send(gudrunsChat.plainMessage("Gudrun", "my questions"));

        Sent posted = connector.lastPostedTo(gudrunsChat.conversationId());
        assertThat(posted.allText()).contains("16 questions are waiting").contains("Showing questions 1–15 of 16.");
        assertThat(posted.card().path("actions").get(0).path("title").asText()).isEqualTo("Show more");
    }

    /** A long question (close to the 1,000 characters allowed), numbered so the order can be read back. */
    private static String question(int number) {
        return String.format("Spørgsmål nr. %02d: ", number) + "Hvordan får vi plads til leg og ro på stuen? ".repeat(20).strip();
    }

    private static List<String> numbers(int from, int to) {
        List<String> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(String.format("%02d", i));
        }
        return numbers;
    }

    /** The numbers of the questions on the card, top to bottom. */
    private static List<String> shown(JsonNode card) {
        List<String> numbers = new ArrayList<>();
        card.findValues("text").forEach(text -> {
            String value = text.asText();
            if (value.startsWith("Spørgsmål nr. ")) {
                numbers.add(value.substring("Spørgsmål nr. ".length(), "Spørgsmål nr. ".length() + 2));
            }
        });
        return numbers;
    }

    /** The offset "Vis flere" carries, or null when the card has no such button. */
    private static String moreOffset(JsonNode card) {
        for (JsonNode action : card.path("actions")) {
            if (MyQuestionsCommand.MORE.equals(action.path("verb").asText())) {
                return action.path("data").path("offset").asText();
            }
        }
        return null;
    }

    private String questionId(String text) {
        return jdbc.sql("SELECT id FROM question WHERE text = :t").param("t", text).query(String.class).single();
    }

    private static <T> T last(List<T> items) {
        assertThat(items).isNotEmpty();
        return items.get(items.size() - 1);
    }

    private static int bytes(Sent sent) {
        return sent.body().toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static JsonNode invokeCard(String response) {
        try {
            JsonNode body = JSON.readTree(response);
            assertThat(body.path("type").asText()).as(response).isEqualTo("application/vnd.microsoft.card.adaptive");
            return body.get("value");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
