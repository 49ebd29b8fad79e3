package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A handleplan built on two læreplan evaluations, one of which this version can no longer read (its row says a status
 * a newer version wrote, as after a rollback): the export still comes, with the other evaluation's text, every goal,
 * and a note that one text is missing, instead of an error for the whole plan.
 */
class ExportWithBrokenSessionTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    TeamsActivities chat;
    String broken;

    @AfterEach
    void repair() {
        if (broken != null) {
            jdbc.sql("UPDATE guided_session SET status = 'COMPLETED' WHERE id = :id").param("id", broken).update();
        }
        if (chat == null) {
            return;
        }
        List<String> ids = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(String.class).list();
        for (String id : ids) {
            jdbc.sql("UPDATE plan_action SET status = 'FAERDIG' WHERE id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM outbox WHERE dedupe_key LIKE :k AND status <> 'SENT'").param("k", "followup:" + id + "%")
                    .update();
        }
    }

    @Test
    void aSessionThatCannotBeReadIsLeftOutWithANoteAndTheRestIsExported() throws Exception {
        chat = groupChat();
        roster(connector, chat, "Lærke", "Ib");
        String first = evaluation("KOMMUNIKATION_OG_SPROG", "De stille børn får ordet i små grupper");
        evaluation("NATUR_UDELIV_OG_SCIENCE", "Vi går i skoven hver tirsdag");

        broken = first;
        jdbc.sql("UPDATE guided_session SET status = 'ARKIVERET' WHERE id = :id").param("id", first).update();

        bot().send(chat.message("Ib", "handleplan"));
        List<String> urls = connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        HttpResponse<byte[]> md = get(path(urls, ".md"));
        assertThat(md.statusCode()).isEqualTo(200);
        String markdown = new String(md.body(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Evaluering af den pædagogiske læreplan: Natur, udeliv og science",
                        "Det ændrer vi: Vi går i skoven hver tirsdag.", "## En tekst mangler",
                        "Teksten fra et af de forløb, handleplanen bygger på, kunne ikke hentes",
                        "Kommunikation og sprog: det ændrer vi", "De stille børn får ordet i små grupper")
                .doesNotContain("Evaluering af den pædagogiske læreplan: Kommunikation og sprog");
        HttpResponse<byte[]> pdf = get(path(urls, ".pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("En tekst mangler", "Vi går i skoven hver tirsdag");
        }
    }

    /** Lærke leads an evaluation of {@code theme} with one change, made an action of Ib's; the session's id. */
    private String evaluation(String theme, String change) {
        bot().send(chat.message("Lærke", "start læreplansevaluering"));
        String sessionId = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        click("session.theme", Map.of("sessionId", sessionId, "stepId", "tema", "theme", theme));
        next(sessionId, "tema");
        contribute(sessionId, "formaal", null, "Børnene skulle opleve mere");
        next(sessionId, "formaal");
        contribute(sessionId, "dokumentation", null, "Fotos og praksisfortællinger fra stuerne");
        next(sessionId, "dokumentation");
        contribute(sessionId, "analyse", "NY_RETNING", change);
        next(sessionId, "analyse");
        JsonNode summary = next(sessionId, "evalueringstekst");
        String row = summary.findValues("id").stream().map(JsonNode::asText).filter(id -> id.startsWith("take-"))
                .findFirst().orElseThrow().substring("take-".length());
        Map<String, Object> form = new HashMap<>(Map.of("sessionId", sessionId));
        form.put("take-" + row, "true");
        form.put("owner-" + row, TeamsActivities.userId("Ib"));
        form.put("due-" + row, LocalDate.now(clock).plusDays(30).toString());
        assertThat(text(click("session.practicePlan", form))).contains("1 handling fra evalueringen");
        click("session.complete", Map.of("sessionId", sessionId, "stepId", "opsamling"));
        return sessionId;
    }

    private JsonNode click(String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        String response = bot().send(chat.execute("Lærke", "card", verb, withVerb));
        JsonNode card = replacement(response);
        assertThat(card).as("%s answered %s", verb, response).isNotNull();
        return card;
    }

    private void contribute(String sessionId, String stepId, String category, String text) {
        clock.advance(Duration.ofSeconds(1));
        Map<String, Object> data = new HashMap<>(Map.of("sessionId", sessionId, "stepId", stepId, "text", text));
        if (category != null) {
            data.put("category", category);
        }
        click("session.contribute", data);
    }

    private JsonNode next(String sessionId, String stepId) {
        click("session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String path(List<String> urls, String extension) {
        return URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow()).getRawPath();
    }
}
