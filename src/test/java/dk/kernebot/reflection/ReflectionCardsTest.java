package dk.kernebot.reflection;

import static dk.kernebot.reflection.ReflectionFixtures.buttonTitles;
import static dk.kernebot.reflection.ReflectionFixtures.data;
import static dk.kernebot.reflection.ReflectionFixtures.drawId;
import static dk.kernebot.reflection.ReflectionFixtures.invokeCard;
import static dk.kernebot.reflection.ReflectionFixtures.invokeMessage;
import static dk.kernebot.reflection.ReflectionFixtures.question;
import static dk.kernebot.reflection.ReflectionFixtures.themeLabel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReflectionCardsTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void kortDrawsAReflectionCardWithQuestionPromptsAndTheFourButtons() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kort"));

        JsonNode card = lastCard(chat);
        assertThat(themeLabel(card)).startsWith("Refleksionskort · ");
        assertThat(question(card)).isNotBlank();
        assertThat(buttonTitles(card)).containsExactly(
                "Gem vores svar", "Næste kort", "Andet tema", "Vi kan ikke svare – send til lederen");
        assertThat(card.toString()).contains("Trukket af Anne");
        assertThat(jdbc.sql("SELECT status FROM reflection_draw WHERE id = :id").param("id", drawId(card))
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void theAlternativeCommandsDrawToo() {
        TeamsActivities chat = personal();

        bot().send(chat.plainMessage("Anne", "Træk et kort"));
        bot().send(chat.plainMessage("Anne", "CARD"));

        assertThat(connector.postedTo(chat.conversationId())).hasSize(2)
                .allSatisfy(sent -> assertThat(themeLabel(sent.card())).startsWith("Refleksionskort"));
    }

    @Test
    void englishReadersGetTheEnglishCard() {
        TeamsActivities chat = groupChat().inEnglish();

        bot().send(chat.message("Anne", "card"));

        JsonNode card = lastCard(chat);
        assertThat(themeLabel(card)).startsWith("Reflection card · ");
        assertThat(buttonTitles(card)).contains("Save our answer", "Next card", "Other theme");
    }

    @Test
    void kortWithAThemeDrawsFromThatTheme() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kort leg"));
        bot().send(chat.message("Anne", "kort Børnesyn"));

        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(themeLabel(posted.get(0).card())).isEqualTo("Refleksionskort · Leg");
        assertThat(themeLabel(posted.get(1).card())).startsWith("Refleksionskort · Børnesyn");
    }

    @Test
    void anUnknownThemeShowsTheThemeChooserWithTheProblem() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kort rumfart"));

        Sent reply = connector.postedTo(chat.conversationId()).get(0);
        assertThat(reply.allText()).contains("Det tema kender jeg ikke: \"rumfart\"").contains("Kerneopgaven")
                .contains("Leg");
    }

    @Test
    void nextCardReplacesTheCardInPlaceWithADifferentCard() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        JsonNode first = lastCard(chat);

        String response = bot().send(chat.execute("Bo", "card-activity-1", "reflection.next",
                data("verb", "reflection.next", "drawId", drawId(first))));

        JsonNode replacement = invokeCard(response);
        assertThat(question(replacement)).isNotEqualTo(question(first));
        assertThat(drawId(replacement)).isNotEqualTo(drawId(first));
        List<Sent> updates = connector.updatesIn(chat.conversationId());
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).path()).endsWith("/activities/card-activity-1");
        assertThat(question(updates.get(0).card())).isEqualTo(question(replacement));
        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
        assertThat(status(drawId(first))).isEqualTo("SKIPPED");
    }

    @Test
    void noCardRepeatsUntilTheThemeIsUsedUpAndThenTheCardSaysItStartsOver() {
        TeamsActivities chat = groupChat();
        importDeck(ReflectionFixtures.deck("lille-bunke", 1, 2, 3));
        bot().send(chat.message("Anne", "kortsæt lille-bunke"));

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            bot().send(chat.message("Anne", "kort t1"));
            JsonNode card = lastCard(chat);
            assertThat(seen.add(question(card))).as("card %s repeated", question(card)).isTrue();
            assertThat(card.toString()).doesNotContain("starter forfra");
        }
        assertThat(seen).containsExactlyInAnyOrder("Spørgsmål 1.1?", "Spørgsmål 1.2?", "Spørgsmål 1.3?");

        bot().send(chat.message("Anne", "kort t1"));
        JsonNode fourth = lastCard(chat);
        assertThat(fourth.toString()).contains("I har været alle kort i temaet igennem, så I starter forfra på temaet.");
        assertThat(seen).contains(question(fourth));
    }

    @Test
    void theWholeDeckIsUsedUpBeforeAnyCardRepeats() {
        TeamsActivities chat = personal();
        importDeck(ReflectionFixtures.deck("hel-bunke", 1, 2, 2));
        bot().send(chat.plainMessage("Anne", "kortsæt hel-bunke"));

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            bot().send(chat.plainMessage("Anne", "kort"));
            assertThat(seen.add(question(lastCard(chat)))).isTrue();
        }
        bot().send(chat.plainMessage("Anne", "kort"));
        assertThat(lastCard(chat).toString()).contains("I har været alle kort i kortsættet igennem, så I starter forfra.");
    }

    @Test
    void savingAnAnswerStoresItWithAuthorAndShowsItInTheCardsPlace() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort leg"));
        JsonNode card = lastCard(chat);
        String drawId = drawId(card);

        String response = bot().send(chat.execute("Carla", "card-activity-2", "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId, "answer", "Vi leger *mere* med de små <b>i dag</b>")));

        JsonNode answered = invokeCard(response);
        assertThat(answered.toString()).contains("Vores svar").contains("Gemt af Carla")
                .contains("Vi leger \\\\*mere\\\\* med de små <b>i dag</b>")
                .doesNotContain("Gem vores svar");
        assertThat(buttonTitles(answered)).containsExactly("Næste kort", "Se alle vores svar");
        assertThat(connector.updatesIn(chat.conversationId())).hasSize(1);
        Map<String, Object> row = jdbc.sql("SELECT answer, author_name, author_id, conversation_id, theme_id, question "
                + "FROM reflection_answer WHERE draw_id = :d").param("d", drawId).query().singleRow();
        assertThat(row).containsEntry("answer", "Vi leger *mere* med de små <b>i dag</b>")
                .containsEntry("author_name", "Carla")
                .containsEntry("author_id", TeamsActivities.userId("Carla"))
                .containsEntry("conversation_id", chat.conversationId())
                .containsEntry("theme_id", "leg")
                .containsEntry("question", question(card));
    }

    @Test
    void anEmptyAnswerIsRefusedWithAHintAndNothingIsSaved() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = drawId(lastCard(chat));

        String response = bot().send(chat.execute("Bo", "card-3", "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId, "answer", "   ")));

        assertThat(invokeCard(response).toString()).contains("Skriv jeres svar i feltet, før I gemmer.")
                .contains("Gem vores svar");
        assertThat(status(drawId)).isEqualTo("OPEN");
        assertThat(answersIn(chat)).isZero();
    }

    @Test
    void aSecondClickOnAnUsedButtonIsPolitelyRefusedAndChangesNothing() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = drawId(lastCard(chat));
        bot().send(chat.execute("Anne", "card-4", "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId, "answer", "Første svar")));

        String second = bot().send(chat.execute("Bo", "card-4", "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId, "answer", "Andet svar")));
        String next = bot().send(chat.execute("Bo", "card-4", "reflection.next",
                data("verb", "reflection.next", "drawId", drawId)));

        assertThat(invokeMessage(second)).isEqualTo("Anne har allerede gemt et svar på det kort.");
        assertThat(invokeMessage(next)).isEqualTo("Anne har allerede gemt et svar på det kort.");
        assertThat(answersIn(chat)).isEqualTo(1);
        assertThat(connector.updatesIn(chat.conversationId())).hasSize(1);
    }

    @Test
    void theNextCardButtonOnAnAnsweredCardPostsOneNewCardOnly() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = drawId(lastCard(chat));
        bot().send(chat.execute("Anne", "card-5", "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId, "answer", "Svar")));

        bot().send(chat.execute("Bo", "card-5", "reflection.after", data("verb", "reflection.after", "drawId", drawId)));
        String again = bot().send(chat.execute("Bo", "card-5", "reflection.after",
                data("verb", "reflection.after", "drawId", drawId)));

        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
        // The first click put the answered card away in its place, so the second one draws nothing.
        assertThat(invokeCard(again).toString()).contains("Kortet er lagt væk, fordi Bo trak et nyere kort")
                .contains("Vores svar");
    }

    @Test
    void aButtonFromAnotherConversationIsRefusedAndChangesNothing() {
        TeamsActivities ours = groupChat();
        TeamsActivities theirs = groupChat();
        bot().send(theirs.message("Anne", "kort"));
        String theirDraw = drawId(lastCard(theirs));

        String response = bot().send(ours.execute("Mallory", "card-6", "reflection.answer",
                data("verb", "reflection.answer", "drawId", theirDraw, "answer", "Kapret")));

        assertThat(invokeMessage(response)).contains("hører ikke til denne chat");
        assertThat(status(theirDraw)).isEqualTo("OPEN");
        assertThat(answersIn(theirs)).isZero();
        assertThat(connector.updatesIn(theirs.conversationId())).isEmpty();
    }

    @Test
    void sendingToTheLeaderRecordsTheQuestionWithTheCardAsContext() {
        TeamsActivities team = channel();
        bot().send(team.message("Anne", "kort kerneopgaven"));
        JsonNode card = lastCard(team);
        String drawId = drawId(card);

        String response = bot().send(team.execute("Bo", "card-7", "reflection.escalate",
                data("verb", "reflection.escalate", "drawId", drawId, "question", "Hvad er kommunens formelle kerneopgave?")));

        JsonNode escalated = invokeCard(response);
        assertThat(escalated.toString()).contains("Sendt til lederen")
                .contains("Hvad er kommunens formelle kerneopgave?")
                .contains("Spørgsmålet er skrevet ned, så lederen kan undersøge det");
        Map<String, Object> row = jdbc.sql("SELECT text, asked_by_name, source, source_ref, source_context, status, team_id "
                + "FROM question WHERE conversation_id = :c").param("c", team.conversationId()).query().singleRow();
        assertThat(row).containsEntry("text", "Hvad er kommunens formelle kerneopgave?")
                .containsEntry("asked_by_name", "Bo")
                .containsEntry("source", "REFLECTION_CARD")
                .containsEntry("source_context", question(card))
                .containsEntry("status", "OPEN")
                .containsEntry("team_id", team.teamId());
        assertThat((String) row.get("source_ref")).startsWith("standard/kerneopgaven-");
        assertThat(status(drawId)).isEqualTo("ESCALATED");
    }

    @Test
    void sendingToTheLeaderWithoutTextSendsTheCardsQuestion() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        JsonNode card = lastCard(chat);

        bot().send(chat.execute("Bo", "card-8", "reflection.escalate",
                data("verb", "reflection.escalate", "drawId", drawId(card))));

        assertThat(jdbc.sql("SELECT text FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).single()).isEqualTo(question(card));
    }

    @Test
    void theActionSubmitFallbackSavesAndUpdatesTheCardToo() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = drawId(lastCard(chat));

        bot().send(chat.submit("Anne", "card-9", data("verb", "reflection.answer", "drawId", drawId, "answer", "Via submit")));

        assertThat(answersIn(chat)).isEqualTo(1);
        List<Sent> updates = connector.updatesIn(chat.conversationId());
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).allText()).contains("Via submit");
    }

    @Test
    void themesListsEveryThemeWithAButtonAndAThemeButtonDrawsInPlace() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "temaer"));

        JsonNode chooser = lastCard(chat);
        assertThat(chooser.toString()).contains("Vælg et tema").contains("Kerneopgaven").contains("Værdisæt")
                .contains("Leg").contains("Kommunikation og sprog").contains("Forældresamarbejde");
        assertThat(chooser.findValues("theme").stream().map(JsonNode::asText).filter(t -> !t.isEmpty()).distinct().count())
                .isGreaterThanOrEqualTo(11);

        String response = bot().send(chat.execute("Bo", "chooser-1", "reflection.draw",
                data("verb", "reflection.draw", "theme", "sprog")));

        assertThat(themeLabel(invokeCard(response))).isEqualTo("Refleksionskort · Kommunikation og sprog");
        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
    }

    @Test
    void otherThemePutsTheCardAwayAndShowsTheChooserInItsPlace() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = drawId(lastCard(chat));

        String response = bot().send(chat.execute("Bo", "card-10", "reflection.otherTheme",
                data("verb", "reflection.otherTheme", "drawId", drawId)));

        assertThat(invokeCard(response).toString()).contains("Vælg et tema");
        assertThat(status(drawId)).isEqualTo("SKIPPED");
    }

    @Test
    void svarShowsTheSavedAnswersNewestFirstPerTheme() {
        TeamsActivities chat = groupChat();
        answer(chat, "kort leg", "Første svar om leg");
        clock.advance(Duration.ofMinutes(5));
        answer(chat, "kort sprog", "Svar om sprog");
        clock.advance(Duration.ofMinutes(5));
        answer(chat, "kort leg", "Andet svar om leg");

        bot().send(chat.message("Carla", "vores svar"));

        String text = connector.postedTo(chat.conversationId()).get(3).allText();
        assertThat(text).contains("Jeres gemte svar");
        assertThat(text.indexOf("Andet svar om leg")).isLessThan(text.indexOf("Første svar om leg"));
        assertThat(text.indexOf("Første svar om leg")).isLessThan(text.indexOf("Svar om sprog"));
    }

    @Test
    void svarWithNothingSavedSaysHowToSaveOne() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Carla", "svar"));

        assertThat(connector.postedTo(chat.conversationId()).get(0).allText())
                .contains("I har ikke gemt nogen svar endnu");
    }

    private void answer(TeamsActivities chat, String command, String answer) {
        bot().send(chat.message("Anne", command));
        String drawId = drawId(lastCard(chat));
        bot().send(chat.execute("Anne", "c-" + drawId, "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId, "answer", answer)));
    }

    private void importDeck(String deck) {
        assertThat(admin("PUT", "/admin/decks", deck).statusCode()).isIn(200, 201);
    }

    private JsonNode lastCard(TeamsActivities chat) {
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(card).isNotNull();
        return card;
    }

    private String status(String drawId) {
        return jdbc.sql("SELECT status FROM reflection_draw WHERE id = :id").param("id", drawId).query(String.class).single();
    }

    private int answersIn(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM reflection_answer WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }
}
