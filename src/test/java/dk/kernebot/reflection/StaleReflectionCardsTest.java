package dk.kernebot.reflection;

import static dk.kernebot.reflection.ReflectionFixtures.buttonTitles;
import static dk.kernebot.reflection.ReflectionFixtures.data;
import static dk.kernebot.reflection.ReflectionFixtures.drawId;
import static dk.kernebot.reflection.ReflectionFixtures.invokeCard;
import static dk.kernebot.reflection.ReflectionFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One live reflection card per chat: a new draw puts the previous card away where it was posted, and a click on an
 * older card changes nothing, says the card is put away and offers "Vis det aktuelle kort".
 */
class StaleReflectionCardsTest extends BotIntegrationTest {

    private static final List<String> PUT_AWAY_BUTTONS = List.of("Vis det aktuelle kort", "Se alle vores svar");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondKortPutsTheFirstCardAwayInItsPlace() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        JsonNode first = lastCard(chat);
        bot().send(chat.message("Bo", "kort"));

        List<String> ids = connector.postedIds(chat.conversationId());
        List<Sent> updates = connector.updatesIn(chat.conversationId());
        assertThat(ids).hasSize(2);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).path()).endsWith("/activities/" + ids.get(0));
        JsonNode away = updates.get(0).card();
        assertThat(question(away)).isEqualTo(question(first));
        assertThat(away.toString()).contains("Kortet er lagt væk, fordi Bo trak et nyere kort");
        assertThat(buttonTitles(away)).containsExactlyElementsOf(PUT_AWAY_BUTTONS);
        assertThat(status(drawId(first))).isEqualTo("SKIPPED");
        assertThat(status(drawId(lastCard(chat)))).isEqualTo("OPEN");
    }

    @Test
    void nextCardOnTheOlderCardDrawsNothingAndShowsItPutAway() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String firstDraw = drawId(lastCard(chat));
        bot().send(chat.message("Anne", "kort"));
        String secondDraw = drawId(lastCard(chat));
        String firstActivity = connector.postedIds(chat.conversationId()).get(0);

        String response = bot().send(chat.execute("Carla", firstActivity, "reflection.next",
                data("verb", "reflection.next", "drawId", firstDraw)));

        JsonNode shown = invokeCard(response);
        assertThat(shown.toString()).contains("Kortet er lagt væk, fordi Anne trak et nyere kort");
        assertThat(buttonTitles(shown)).containsExactlyElementsOf(PUT_AWAY_BUTTONS);
        assertThat(drawsIn(chat)).isEqualTo(2);
        assertThat(status(secondDraw)).isEqualTo("OPEN");
        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
    }

    @Test
    void theNextCardButtonOfAnAnsweredCardDrawsNoThirdCardAfterANewKort() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String firstDraw = drawId(lastCard(chat));
        String firstActivity = connector.postedIds(chat.conversationId()).get(0);
        bot().send(chat.execute("Anne", firstActivity, "reflection.answer",
                data("verb", "reflection.answer", "drawId", firstDraw, "answer", "Vi leger mere ude")));
        bot().send(chat.message("Bo", "kort"));

        // The answered card keeps its answer, but its "Næste kort" is gone.
        Sent putAway = connector.updatesIn(chat.conversationId()).get(1);
        assertThat(putAway.path()).endsWith("/activities/" + firstActivity);
        assertThat(putAway.card().toString()).contains("Vi leger mere ude").contains("Kortet er lagt væk");
        assertThat(buttonTitles(putAway.card())).containsExactlyElementsOf(PUT_AWAY_BUTTONS);

        String response = bot().send(chat.execute("Carla", firstActivity, "reflection.after",
                data("verb", "reflection.after", "drawId", firstDraw)));

        assertThat(invokeCard(response).toString()).contains("Kortet er lagt væk, fordi Bo trak et nyere kort");
        assertThat(drawsIn(chat)).isEqualTo(2);
        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
    }

    @Test
    void theSameNextCardClickTwiceDrawsOneCard() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String firstDraw = drawId(lastCard(chat));
        String activity = connector.postedIds(chat.conversationId()).get(0);

        String first = bot().send(chat.execute("Bo", activity, "reflection.next",
                data("verb", "reflection.next", "drawId", firstDraw)));
        String second = bot().send(chat.execute("Bo", activity, "reflection.next",
                data("verb", "reflection.next", "drawId", firstDraw)));

        String nextDraw = drawId(invokeCard(first));
        assertThat(nextDraw).isNotEqualTo(firstDraw);
        assertThat(invokeCard(second).toString()).contains("lagt væk");
        assertThat(drawsIn(chat)).isEqualTo(2);
        assertThat(status(nextDraw)).isEqualTo("OPEN");
    }

    @Test
    void aSecondUserCannotAnswerTheOlderCardButCanFetchTheCurrentOneThere() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String firstDraw = drawId(lastCard(chat));
        bot().send(chat.message("Anne", "kort"));
        JsonNode current = lastCard(chat);
        List<String> ids = connector.postedIds(chat.conversationId());

        String refused = bot().send(chat.execute("Bo", ids.get(0), "reflection.answer",
                data("verb", "reflection.answer", "drawId", firstDraw, "answer", "Svar på det gamle kort")));
        assertThat(invokeCard(refused).toString()).contains("Kortet er lagt væk");
        assertThat(answersIn(chat)).isZero();

        String fetched = bot().send(chat.execute("Bo", ids.get(0), "reflection.current",
                data("verb", "reflection.current", "drawId", firstDraw)));
        JsonNode shown = invokeCard(fetched);
        assertThat(question(shown)).isEqualTo(question(current));
        assertThat(drawId(shown)).isEqualTo(drawId(current));
        assertThat(buttonTitles(shown)).contains("Gem vores svar", "Næste kort");
        // The copy the current card was shown in until now is put away, so only one live card is left.
        Sent moved = last(connector.updatesIn(chat.conversationId()));
        assertThat(moved.path()).endsWith("/activities/" + ids.get(1));
        assertThat(moved.card().toString()).contains("Bo hentede kortet frem længere oppe i chatten");
        assertThat(buttonTitles(moved.card())).containsExactlyElementsOf(PUT_AWAY_BUTTONS);

        bot().send(chat.execute("Bo", ids.get(0), "reflection.answer",
                data("verb", "reflection.answer", "drawId", drawId(current), "answer", "Nu på det rigtige kort")));
        assertThat(answersIn(chat)).isEqualTo(1);
        assertThat(drawsIn(chat)).isEqualTo(2);

        // A new draw now puts away the card where it was fetched to, not the copy it left.
        bot().send(chat.message("Carla", "kort"));
        Sent putAway = last(connector.updatesIn(chat.conversationId()));
        assertThat(putAway.path()).endsWith("/activities/" + ids.get(0));
        assertThat(putAway.card().toString()).contains("Nu på det rigtige kort").contains("Carla trak et nyere kort");
    }

    @Test
    void showTheCurrentCardTwiceChangesNothingTheSecondTime() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String firstDraw = drawId(lastCard(chat));
        bot().send(chat.message("Anne", "kort"));
        String current = drawId(lastCard(chat));
        String older = connector.postedIds(chat.conversationId()).get(0);

        String first = bot().send(chat.execute("Bo", older, "reflection.current",
                data("verb", "reflection.current", "drawId", firstDraw)));
        int updatesAfterFirst = connector.updatesIn(chat.conversationId()).size();
        String second = bot().send(chat.execute("Bo", older, "reflection.current",
                data("verb", "reflection.current", "drawId", firstDraw)));

        assertThat(drawId(invokeCard(first))).isEqualTo(current);
        assertThat(drawId(invokeCard(second))).isEqualTo(current);
        // The second click only redraws the clicked card: the other copy was put away by the first.
        assertThat(connector.updatesIn(chat.conversationId())).hasSize(updatesAfterFirst + 1);
        assertThat(drawsIn(chat)).isEqualTo(2);
        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
    }

    @Test
    void anEnglishTeamsGetsThePutAwayCardInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Anne", "card"));
        bot().send(chat.message("Bo", "card"));

        JsonNode away = connector.updatesIn(chat.conversationId()).get(0).card();
        assertThat(away.toString()).contains("This card has been put away because Bo drew a newer card");
        assertThat(buttonTitles(away)).containsExactly("Show the current card", "See all our answers");
    }

    private static Sent last(List<Sent> sent) {
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    private JsonNode lastCard(TeamsActivities chat) {
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(card).isNotNull();
        return card;
    }

    private String status(String drawId) {
        return jdbc.sql("SELECT status FROM reflection_draw WHERE id = :id").param("id", drawId).query(String.class).single();
    }

    private int drawsIn(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM reflection_draw WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }

    private int answersIn(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM reflection_answer WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }
}
