package dk.kernebot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * The privacy page an English chat links to is English, all of it: the reader's prose is scanned for æ, ø, å and the
 * glossary's Danish words. Code (column names such as {@code institution.kerneopgave_da}) is not prose and is skipped.
 */
class EnglishPrivacyPageTest extends BotIntegrationTest {

    @Test
    void anEnglishChatsLinksOpenThePageInEnglish() throws Exception {
        TeamsActivities chat = personal().inEnglish();
        bot().send(chat.botAdded("Carla"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("[Read more about privacy](http://localhost:3978/privatliv?lang=en)").doesNotContain("in Danish");

        bot().send(chat.plainMessage("Carla", "privacy"));
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(card.path("actions").get(0).path("url").asText()).isEqualTo("http://localhost:3978/privatliv?lang=en");
        assertThat(card.path("actions").get(0).path("title").asText()).isEqualTo("Read the full text");
    }

    @Test
    void theEnglishPageHasNoDanishOutsideCode() throws Exception {
        HttpResponse<String> page = get("/privatliv?lang=en", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\">", "<title>Kernebot – privacy</title>",
                "<h1>Kernebot and personal data</h1>", "<table>", "reflection_answer.answer", "Former participant");
        assertThat(danishIn(page.body())).as("Danish words in the English privacy page").isEmpty();
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglishAndEverythingElseDanish() throws Exception {
        assertThat(get("/privatliv", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\">", "In short");
        assertThat(get("/privatliv", "da-DK,da;q=0.9,en;q=0.8").body()).contains("<html lang=\"da\">", "Kort fortalt");
        assertThat(get("/privatliv", "de-DE").body()).contains("<html lang=\"da\">");
        // The chat's language in the link wins over the browser's.
        assertThat(get("/privatliv?lang=da", "en-US").body()).contains("<html lang=\"da\">");
        HttpResponse<String> odd = get("/privatliv?lang=%25%25", ";;,");
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(odd.body()).contains("<html lang=\"da\">");
    }

    @Test
    void theScanFindsDanishInProseButNotInCode() throws Exception {
        assertThat(danishIn("<p>Read <code>institution.kerneopgave_da</code> here</p>")).isEmpty();
        assertThat(danishIn("<p>Læs mere om <em>handleplanen</em></p>")).containsExactly("læs", "handleplanen");
    }

    private static List<String> danishIn(String html) throws IOException {
        Set<String> danish = Glossary.read().danishWords();
        String prose = html.replaceAll("(?s)<code>.*?</code>", " ").replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("<[^>]*>", " ").replace("&quot;", "\"").replace("&amp;", "&");
        List<String> found = new ArrayList<>();
        for (String word : prose.split("[^\\p{L}]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.matches(".*[æøå].*") || danish.contains(lower)) {
                found.add(lower);
            }
        }
        return found;
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
