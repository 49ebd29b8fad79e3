package dk.kernebot.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * Download links of boards and handleplan exports expire after 30 days, and asking again in the chat gives a fresh
 * link and ends the old one.
 */
class DownloadLinksTest extends BotIntegrationTest {

    @Test
    void handleplanLinksExpireAndAskingAgainRenewsThem() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Alle børn møder sprogaktiviteter hver dag"));
        String first = link(ask(chat, "handleplan"), ".md");
        assertThat(status(first)).isEqualTo(200);

        String second = link(ask(chat, "handleplan"), ".md");

        assertThat(second).isNotEqualTo(first);
        assertThat(status(first)).as("the old link ends").isEqualTo(404);
        assertThat(status(second)).isEqualTo(200);
        assertThat(status(second.replace(".md", ".csv"))).isEqualTo(200);

        clock.advance(Duration.ofDays(29));
        assertThat(status(second)).isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        assertThat(status(second)).as("expired after 30 days").isEqualTo(404);
        assertThat(status(link(ask(chat, "handleplan"), ".pdf"))).isEqualTo(200);
    }

    @Test
    void boardLinksExpireAndAskingAgainRenewsThem() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String first = link(ask(chat, "tavle"), ".svg");
        assertThat(status(first)).isEqualTo(200);

        String second = link(ask(chat, "tavle"), ".svg");

        assertThat(status(first)).as("the old link ends").isEqualTo(404);
        assertThat(status(second)).isEqualTo(200);
        clock.advance(Duration.ofDays(31));
        assertThat(status(second)).as("expired after 30 days").isEqualTo(404);
        assertThat(status(link(ask(chat, "tavle"), ".svg"))).isEqualTo(200);
    }

    private JsonNode ask(TeamsActivities chat, String command) {
        bot().send(chat.message("Anne", command));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    /** The card's link to the file with this extension, on the test's port (the public URL is localhost:3978). */
    private String link(JsonNode card, String extension) {
        List<String> urls = card.findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains(extension))
                .toList();
        assertThat(urls).as("links in %s", card).isNotEmpty();
        URI uri = URI.create(urls.get(0));
        return "http://localhost:" + port + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
