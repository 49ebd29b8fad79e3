package dk.kernebot.privacy;

import static dk.kernebot.privacy.PrivacyFixtures.data;
import static dk.kernebot.privacy.PrivacyFixtures.invokeCard;
import static dk.kernebot.privacy.PrivacyFixtures.invokeMessage;
import static dk.kernebot.privacy.PrivacyFixtures.map;
import static dk.kernebot.privacy.PrivacyFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users are told what is stored, reminded about children where a card asks about them, and CPR numbers are refused. */
class PrivacyTextsTest extends BotIntegrationTest {

    private static final String CPR_REFUSED = "Det har jeg ikke gemt: Der står noget, der ligner et CPR-nummer.";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWelcomeCardSaysWhatIsStoredWhoSeesItForHowLongAndLinksToTheFullText() {
        TeamsActivities chat = groupChat();

        bot().send(chat.botAdded("Anne"));

        String said = connector.lastPostedTo(chat.conversationId()).allText();
        assertThat(said).contains("Jeg gemmer det, I skriver til mig", "jeres leder og kommunens Kernebot-administrator",
                "slettes efter 4 år", "Skriv ikke børns navne eller CPR-numre",
                "[Læs mere om privatliv](http://localhost:3978/privatliv)");
    }

    @Test
    void theEnglishWelcomeCardSaysItInEnglish() {
        TeamsActivities chat = personal().inEnglish();

        bot().send(chat.botAdded("Carla"));

        String said = connector.lastPostedTo(chat.conversationId()).allText();
        assertThat(said).contains("I store what you write to me", "deleted after 4 years", "children''s names".replace("''", "'"))
                .doesNotContain("gemmer", "slettes");
    }

    @Test
    void privatlivShowsTheCardWithOneNextStepTheFullText() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "privatliv"));

        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(card)).contains("Det gemmer Kernebot", "Hvem ser det:", "Hvor længe:", "i 4 år",
                "slettes alt efter 30 dage", "Skriv ikke børns navne, CPR-numre", "mine data");
        assertThat(card.path("actions")).hasSize(1);
        assertThat(card.path("actions").get(0).path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(card.path("actions").get(0).path("url").asText()).isEqualTo("http://localhost:3978/privatliv");

        bot().send(chat.message("Bo", "privacy"));
        assertThat(connector.postedTo(chat.conversationId())).hasSize(2);
    }

    @Test
    void theFullTextIsServedAsAPage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/privatliv")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"da\">", "<h1>", "<table>", "reflection_answer");
    }

    @Test
    void aCardAboutChildrenRemindsTheGroupWhileItIsOpenAndOtherCardsDoNot() {
        assertThat(admin("PUT", "/admin/decks", """
                {"id": "boern-paa-kort", "version": 1, "name": {"da": "Børn på kort"},
                 "themes": [{"id": "t1", "name": {"da": "Trivsel"}}, {"id": "t2", "name": {"da": "Rum"}}],
                 "cards": [
                   {"id": "k1", "theme": "t1", "aboutChildren": true,
                    "question": {"da": "Hvilket barn har vi ikke talt om længe?"}, "prompts": [{"da": "Tænk efter."}]},
                   {"id": "k2", "theme": "t2", "question": {"da": "Hvad siger rummet?"}, "prompts": [{"da": "Kig."}]}]}
                """).statusCode()).isIn(200, 201);
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kortsæt boern-paa-kort"));

        bot().send(chat.message("Anne", "kort t1"));
        JsonNode aboutChildren = connector.lastPostedTo(chat.conversationId()).card();
        String reminder = "Husk: Skriv ikke børns navne eller andet, der kan genkende et barn.";
        assertThat(text(aboutChildren)).contains(reminder);
        // Answered while it is the chat's current card (a newer draw would put it away).
        String answered = bot().send(chat.execute("Bo", "card-1", "reflection.answer",
                map("verb", "reflection.answer", "drawId", data(aboutChildren, "drawId"), "answer", "Vi talte om det.")));
        assertThat(text(invokeCard(answered))).contains("Vi talte om det.").doesNotContain(reminder);

        bot().send(chat.message("Anne", "kort t2"));
        JsonNode aboutRooms = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(aboutRooms)).doesNotContain(reminder);
    }

    @Test
    void theBuiltInDeckFlagsItsCardsAboutChildren() {
        assertThat(jdbc.sql("SELECT content FROM deck WHERE id = 'standard'").query(String.class).single())
                .contains("\"id\": \"trivsel-02\",\n      \"theme\": \"trivsel\",\n      \"aboutChildren\": true");
    }

    @Test
    void aTypedQuestionWithACprNumberIsNotSavedAndTheWriterIsToldWhyWithoutTheirText() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "spørgsmål Må vi give barnet 0101901234 medicin?"));

        Sent reply = connector.lastPostedTo(chat.conversationId());
        assertThat(reply.text()).contains(CPR_REFUSED, "Skriv det igen uden nummeret.").doesNotContain("0101901234", "medicin");
        assertThat(jdbc.sql("SELECT count(*) FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(Integer.class).single()).isZero();

        bot().send(chat.message("Anne", "spørgsmål Må vi give barnet medicin?"));
        assertThat(jdbc.sql("SELECT text FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).list()).containsExactly("Må vi give barnet medicin?");
    }

    @Test
    void anAnswerWithACprNumberIsRefusedOnTheCardWhichStaysOpenForAnotherTry() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = data(connector.lastPostedTo(chat.conversationId()).card(), "drawId");

        String refused = bot().send(chat.execute("Bo", "card-2", "reflection.answer",
                map("verb", "reflection.answer", "drawId", drawId, "answer", "Hun (150315-9999) leger mest alene")));

        assertThat(invokeMessage(refused)).contains(CPR_REFUSED).doesNotContain("150315", "leger");
        assertThat(jdbc.sql("SELECT status FROM reflection_draw WHERE id = :d").param("d", drawId)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM reflection_answer WHERE draw_id = :d").param("d", drawId)
                .query(Integer.class).single()).isZero();
        assertThat(connector.updatesIn(chat.conversationId())).isEmpty();

        String saved = bot().send(chat.execute("Bo", "card-2", "reflection.answer",
                map("verb", "reflection.answer", "drawId", drawId, "answer", "Hun leger mest alene")));
        assertThat(text(invokeCard(saved))).contains("Hun leger mest alene");
    }

    @Test
    void theIdsTheBotPutOnACardAreNotTakenForCprNumbers() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String drawId = data(connector.lastPostedTo(chat.conversationId()).card(), "drawId");

        // A made-up extra field the bot put on the card would be checked; the bot's own ids are not.
        String answered = bot().send(chat.execute("Bo", "card-3", "reflection.answer",
                map("verb", "reflection.answer", "drawId", drawId, "theme", "0101901234", "answer", "Fint")));

        assertThat(text(invokeCard(answered))).contains("Fint");
    }

    @Test
    void aHandleplanGoalAndAFollowUpCommentWithACprNumberAreRefusedToo() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "mål Mere ro til 2512241234 ved frokosten"));
        assertThat(connector.lastPostedTo(chat.conversationId()).text()).contains(CPR_REFUSED);
        String comment = bot().send(chat.execute("Anne", "card-4", "actionplan.action.status",
                map("verb", "actionplan.action.status", "actionId", "x", "comment", "Se 251224 1234")));

        assertThat(invokeMessage(comment)).contains(CPR_REFUSED);
        assertThat(jdbc.sql("SELECT count(*) FROM handleplan WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(Integer.class).single()).isZero();
    }
}
