package dk.kernebot.reflection;

import static dk.kernebot.reflection.ReflectionFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

class DeckImportTest extends BotIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anInvalidDeckIsRejectedWholeWithMessagesThatNameTheCardAndTheField() throws Exception {
        String deck = ReflectionFixtures.deck("fejlbunke", 1, 2, 2)
                .replace("\"question\":{\"da\":\"Spørgsmål 2.1?\"", "\"question\":{\"da\":\"  \"")
                .replace("\"theme\":\"t1\",\"question\":{\"da\":\"Spørgsmål 1.2?\"",
                        "\"theme\":\"t9\",\"question\":{\"da\":\"Spørgsmål 1.2?\"");

        HttpResponse<String> response = admin("PUT", "/admin/decks", deck);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = ReflectionFixtures.JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo("Kortsættet blev ikke lagt ind: 2 problemer skal rettes først.");
        assertThat(body.path("problems").findValuesAsText("message")).containsExactlyInAnyOrder(
                "Kort \"t1-02\", felt \"theme\": Temaet findes ikke i kortsættets \"themes\".",
                "Kort \"t2-01\", felt \"question.da\": Teksten må ikke være tom.");
        assertThat(admin("GET", "/admin/decks", null).body()).doesNotContain("fejlbunke");
    }

    @Test
    void problemsComeInEnglishWhenAsked() throws Exception {
        String deck = ReflectionFixtures.deck("engelsk-fejl", 1, 1, 1).replace("\"prompts\"", "\"promts\"");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/admin/decks"))
                .header("X-Admin-Key", ADMIN_KEY).header("Accept-Language", "en-US")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(deck)).build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Card \\\"t1-01\\\", field \\\"promts\\\": Unknown field (a typo?).")
                .contains("Card \\\"t1-01\\\", field \\\"prompts\\\": Needs 1-3 prompts");
    }

    @Test
    void brokenJsonIsRejectedWithAClearMessage() {
        HttpResponse<String> response = admin("PUT", "/admin/decks", "{\"id\": \"x\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Filen er ikke gyldig JSON.");
    }

    @Test
    void withoutTheAdminKeyNothingHappens() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/admin/decks"))
                .header("X-Admin-Key", "wrong")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ReflectionFixtures.deck("ulovlig", 1, 1, 1))).build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/admin/decks", null).body()).doesNotContain("ulovlig");
    }

    @Test
    void theBuiltInDeckCannotBeOverwrittenOrRetired() {
        HttpResponse<String> overwrite = admin("PUT", "/admin/decks", ReflectionFixtures.deck("standard", 99, 1, 1));
        HttpResponse<String> retire = admin("POST", "/admin/decks/standard/retire", null);

        assertThat(overwrite.statusCode()).isEqualTo(409);
        assertThat(overwrite.body()).contains("indbyggede");
        assertThat(retire.statusCode()).isEqualTo(409);
    }

    @Test
    void aValidDeckIsImportedListedChosenByAConversationReplacedAndRetired() {
        TeamsActivities chat = groupChat();

        HttpResponse<String> created = admin("PUT", "/admin/decks", ReflectionFixtures.deck("solsikken", 1, 1, 2));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(admin("GET", "/admin/decks", null).body()).contains("\"id\":\"solsikken\"").contains("\"id\":\"standard\"");

        bot().send(chat.message("Anne", "kortsæt"));
        assertThat(last(chat).allText()).contains("Bunke solsikken").contains("Kernebots refleksionskort")
                .contains("Det bruger I nu");

        bot().send(chat.execute("Anne", "decks-1", "reflection.chooseDeck",
                ReflectionFixtures.data("verb", "reflection.chooseDeck", "deckId", "solsikken")));
        bot().send(chat.message("Anne", "kort"));
        assertThat(question(last(chat).card())).startsWith("Spørgsmål 1.");

        HttpResponse<String> replaced = admin("PUT", "/admin/decks",
                ReflectionFixtures.deck("solsikken", 2, 1, 2).replace("Spørgsmål", "Nyt spørgsmål"));
        assertThat(replaced.statusCode()).isEqualTo(200);
        bot().send(chat.message("Anne", "kort"));
        assertThat(question(last(chat).card())).startsWith("Nyt spørgsmål 1.");

        assertThat(admin("POST", "/admin/decks/solsikken/retire", null).statusCode()).isEqualTo(200);
        bot().send(chat.message("Anne", "kort"));
        assertThat(question(last(chat).card())).doesNotContain("spørgsmål 1.").doesNotStartWith("Spørgsmål 1.");
        bot().send(chat.message("Anne", "kortsæt"));
        assertThat(last(chat).allText()).doesNotContain("Bunke solsikken");
    }

    @Test
    void anOpenCardWhoseCardLeftTheDeckSaysSoAndSavesNothing() {
        TeamsActivities chat = groupChat();
        assertThat(admin("PUT", "/admin/decks", ReflectionFixtures.deck("skrumpebunke", 1, 1, 1)).statusCode()).isEqualTo(201);
        bot().send(chat.message("Anne", "kortsæt skrumpebunke"));
        bot().send(chat.message("Anne", "kort"));
        String drawId = ReflectionFixtures.drawId(last(chat).card());
        String replaced = ReflectionFixtures.deck("skrumpebunke", 2, 1, 1).replace("\"t1-01\"", "\"t1-02\"");
        assertThat(admin("PUT", "/admin/decks", replaced).statusCode()).isEqualTo(200);

        String response = bot().send(chat.execute("Bo", "card-gone", "reflection.answer",
                ReflectionFixtures.data("verb", "reflection.answer", "drawId", drawId, "answer", "Vores svar")));

        assertThat(ReflectionFixtures.invokeMessage(response))
                .isEqualTo("Det kort er ikke længere i kortsættet, så svaret kan ikke gemmes på det. "
                        + "Kopiér jeres svar, og træk et nyt kort med \"kort\".");
        assertThat(jdbc.sql("SELECT status FROM reflection_draw WHERE id = :id").param("id", drawId)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM reflection_answer WHERE draw_id = :id").param("id", drawId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void choosingAnUnknownDeckSaysSo() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kortsæt findes-ikke"));

        assertThat(last(chat).allText()).contains("Det kortsæt findes ikke (eller er taget ud af brug): \"findes-ikke\".");
    }

    private static Sent last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId());
    }
}
