package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.entryWith;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary for the bestyrelse, through the real endpoint: from "Til bestyrelsen" on a finished session's summary,
 * a card with a page and a PDF at a link. Both hold the agreed kerneopgave and the bobler in their order, and none of
 * the staff's names (not as authors, not as participants, not inside what they wrote, not in the genitive) and
 * none of the questions for the leader. A new link ends the old one; a link expires.
 */
class BestyrelseSummaryTest extends BotIntegrationTest {

    static final String AGREED = "Vi skaber trygge rammer, hvor alle børn leger og lærer.";
    static final String QUESTION = "Må vi bruge personalemødet til sprogarbejdet?";
    static final List<String> STAFF = List.of("Anne Holm", "Anne", "Holm", "Bo", "Carla");

    TeamsActivities chat;

    @BeforeEach
    void group() {
        chat = groupChat();
        roster(connector, chat, "Anne Holm", "Bo", "Carla");
    }

    @Test
    void theBestyrelseGetsThePageAndPdfWithoutStaffNamesAtALinkThatExpires() throws Exception {
        String sessionId = finishedSession();

        bot().send(chat.execute("Carla", "card", "session.bestyrelse", Map.of("verb", "session.bestyrelse",
                "sessionId", sessionId)));
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(card)).contains("Til bestyrelsen", "uden navne på personalet", "Linket virker til");
        String page = url(card, "?lang=da", false);
        String pdf = url(card, ".pdf", true);

        HttpResponse<String> shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(shown.headers().firstValue("X-Robots-Tag")).contains("noindex");
        String html = shown.body();
        assertThat(html).contains(AGREED, "Sprogkufferter, som en medarbejder og en medarbejder laver",
                "Legepladsen som læringsmiljø – en medarbejders idé (institution)",
                "1. Sprogkufferter, som en medarbejder og en medarbejder laver (kommunal)", "<img src=\"");
        assertNoStaff(html);

        byte[] file = bytes(pdf);
        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(document.getNumberOfPages()).as("the text, then the board").isGreaterThanOrEqualTo(2);
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed).contains("Til bestyrelsen", AGREED, "Sprogkufferter, som en medarbejder",
                    "en medarbejders idé", "Side 1 af");
            assertNoStaff(printed);
        }
        String board = get(page.replace("?lang=", ".svg?lang=")).body();
        assertThat(board).contains("<svg");
        assertNoStaff(board.replaceAll("<[^>]+>", " "));

        // English, as the link asks for it.
        assertThat(get(page.replace("lang=da", "lang=en")).body()).contains("For the parent board", "a staff member");

        // Asking again gives a new link and ends the old one.
        bot().send(chat.message("Bo", "bestyrelse"));
        JsonNode fresh = connector.lastPostedTo(chat.conversationId()).card();
        String newPage = url(fresh, "?lang=da", false);
        assertThat(newPage).isNotEqualTo(page);
        assertThat(get(page).statusCode()).isEqualTo(404);
        assertThat(get(newPage).statusCode()).isEqualTo(200);

        // A link expires.
        clock.advance(Duration.ofDays(31));
        assertThat(get(newPage).statusCode()).isEqualTo(404);
        assertThat(get(url(fresh, ".pdf", true)).statusCode()).isEqualTo(404);
        assertThat(get(newPage).body()).doesNotContain(AGREED);
    }

    @Test
    void aChatWithoutASessionIsToldSoAndAMadeUpLinkFindsNothing() throws Exception {
        bot().send(chat.message("Bo", "bestyrelse"));
        assertThat(connector.lastPostedTo(chat.conversationId()).text()).contains("Der er ingen forløb med en plade her");
        assertThat(get("http://localhost:" + port + "/bestyrelse/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode())
                .isEqualTo(404);
        // Tomcat itself refuses an encoded slash (400); either way, no 500 and nothing shown.
        assertThat(get("http://localhost:" + port + "/bestyrelse/..%2F..%2Fetc.pdf").statusCode()).isIn(400, 404);
    }

    /** Anne Holm leads; Bo and Carla write bobler that name each other; Bo asks the leader a question. */
    private String finishedSession() {
        bot().send(chat.message("Anne Holm", "start kerneopgave"));
        String sessionId = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        next(sessionId, "ramme");
        JsonNode proposals = click("Bo", "session.contribute", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "text", AGREED));
        click("Anne Holm", "session.agree", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "entryId", entryWith(proposals, "trygge rammer")));
        next(sessionId, "kerneopgave");
        click("Bo", "session.contribute", Map.of("sessionId", sessionId, "stepId", "bobler",
                "text", "Sprogkufferter, som Bo og Carla laver", "level", "KOMMUNAL", "serves", ""));
        click("Carla", "session.contribute", Map.of("sessionId", sessionId, "stepId", "bobler",
                "text", "Legepladsen som læringsmiljø – Annes idé", "level", "INSTITUTION", "serves", ""));
        JsonNode priority = next(sessionId, "bobler");
        click("Carla", "session.vote", Map.of("sessionId", sessionId, "stepId", "prioritering",
                "entryId", entryWith(priority, "Sprogkufferter")));
        next(sessionId, "prioritering");
        click("Bo", "session.question", Map.of("sessionId", sessionId, "stepId", "spoergsmaal", "question", QUESTION));
        next(sessionId, "spoergsmaal");
        click("Anne Holm", "session.complete", Map.of("sessionId", sessionId, "stepId", "opsamling"));
        return sessionId;
    }

    private static void assertNoStaff(String text) {
        for (String name : STAFF) {
            assertThat(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text).find())
                    .as("%s in %s", name, text).isFalse();
        }
        assertThat(text).doesNotContain(QUESTION).doesNotContain("Ordstyrer");
    }

    private String url(JsonNode card, String containing, boolean pdf) {
        String found = card.findValues("url").stream().map(JsonNode::asText)
                .filter(u -> u.contains(containing) && u.contains(".pdf") == pdf).findFirst().orElseThrow();
        URI uri = URI.create(found);
        return "http://localhost:" + port + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private JsonNode click(String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        String response = bot().send(chat.execute(user, "card", verb, withVerb));
        JsonNode card = replacement(response);
        return card == null ? connector.lastPostedTo(chat.conversationId()).card() : card;
    }

    private JsonNode next(String sessionId, String stepId) {
        click("Anne Holm", "session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
