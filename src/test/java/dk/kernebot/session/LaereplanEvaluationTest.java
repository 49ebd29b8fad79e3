package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.actionplan.PlanSeeds;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluating the pædagogiske læreplan (issue 18, the dagtilbudslov: at least every second year, and published), end to
 * end through the real endpoint: the ordstyrer chooses one læreplanstema, the group writes what we wanted, what we see
 * and what it means and what we change, the evaluation text is drafted from it (the ordstyrer corrects it), what we
 * change becomes actions on the handleplan from the summary's form, and the text is in the handleplan's export.
 */
class LaereplanEvaluationTest extends BotIntegrationTest {

    static final String GOAL = "Kommunikation og sprog: det ændrer vi efter evalueringen af læreplanen";

    @Autowired
    JdbcClient jdbc;

    TeamsActivities chat;

    /** Done actions with no reminders waiting, so a later test that moves the clock on gets none of this test's. */
    @AfterEach
    void closeTheActions() {
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
        PlanSeeds.recount(jdbc, chat.conversationId());
    }

    @Test
    void aThemeInThreeMovesEndsInActionsOnTheHandleplanAndATextInTheExport() throws Exception {
        chat = groupChat();
        roster(connector, chat, "Lærke", "Ib", "Sanne");
        bot().send(chat.message("Lærke", "start læreplansevaluering"));
        JsonNode first = connector.lastPostedTo(chat.conversationId()).card();
        String sessionId = data(first, "sessionId");
        assertThat(text(first)).contains("Evaluering af den pædagogiske læreplan", "Læreplanstemaet",
                "Ordstyreren Lærke vælger", "Kommunikation og sprog", "Natur, udeliv og science");
        assertThat(buttons(first)).contains("Vælg temaet");

        // Only the ordstyrer chooses the theme; a theme that is not one of the six is refused.
        Map<String, Object> theme = new HashMap<>(Map.of("sessionId", sessionId, "stepId", "tema",
                "theme", "KOMMUNIKATION_OG_SPROG"));
        assertThat(notice(send("Ib", "session.theme", theme))).contains("Det er ordstyreren (Lærke), der vælger temaet");
        assertThat(text(click("Lærke", "session.theme", Map.of("sessionId", sessionId, "stepId", "tema",
                "theme", "SPROG")))).contains("Vælg et af læreplanstemaerne");
        assertThat(text(click("Lærke", "session.theme", theme)))
                .contains("I evaluerer temaet **Kommunikation og sprog** (valgt af Lærke)");

        // The three moves: what we wanted, what we see, what it means and what we change.
        JsonNode wanted = next(sessionId, "tema");
        // The læreplan's moves are titled as what the group wrote, not as the quality dialogue's notes and goals.
        assertThat(wanted.findValues("placeholder").stream().map(JsonNode::asText).toList())
                .contains("Fx \"Børnene ...\"").noneMatch(p -> p.contains("Data viser"));
        JsonNode written = contribute("Ib", sessionId, "formaal", null, "Alle børn skulle tale med en voksen hver dag");
        assertThat(text(written)).contains("Det, I har skrevet").doesNotContain("Noter, vurderinger og mål");
        next(sessionId, "formaal");
        contribute("Sanne", sessionId, "dokumentation", null,
                "Praksisfortællingerne viser, at de stille børn sjældent får ordet ved frokosten");
        next(sessionId, "dokumentation");
        contribute("Lærke", sessionId, "analyse", "ANALYSE", "De stille børn taler mere i små grupper");
        contribute("Ib", sessionId, "analyse", "NY_RETNING", "Vi læser højt i små grupper efter frokost");
        JsonNode analysis = contribute("Sanne", sessionId, "analyse", "NY_RETNING", "Vi laver en sprogkuffert til hver stue");
        assertThat(text(analysis)).contains("Det ændrer vi: Vi laver en sprogkuffert til hver stue");

        // The evaluation text, drafted from the moves, without the names of who wrote what.
        JsonNode evaluation = next(sessionId, "analyse");
        String draft = text(evaluation);
        assertThat(draft).contains("Evaluering af den pædagogiske læreplan: Kommunikation og sprog",
                "med fokus på temaet \"Kommunikation og sprog\"",
                "Det ville vi: Alle børn skulle tale med en voksen hver dag.",
                "Det ser vi: Praksisfortællingerne viser, at de stille børn sjældent får ordet ved frokosten.",
                "Det betyder det: De stille børn taler mere i små grupper.",
                "Det ændrer vi: Vi læser højt i små grupper efter frokost. Vi laver en sprogkuffert til hver stue.",
                "Ordstyreren kan rette den");
        assertThat(buttons(evaluation)).contains("Ret teksten", "Gem teksten");
        String drafted = inputValue(evaluation, "evaluation").replace("frokost.", "frokost, så alle får ordet.");
        assertThat(drafted).contains("så alle får ordet").doesNotContain("Ib").doesNotContain("Sanne");

        // The ordstyrer corrects it; someone else may not, and an empty text is refused.
        Map<String, Object> corrected = Map.of("sessionId", sessionId, "stepId", "evalueringstekst", "evaluation", drafted);
        assertThat(notice(send("Sanne", "session.evaluationText", corrected))).contains("Det er ordstyreren (Lærke)");
        assertThat(text(click("Lærke", "session.evaluationText", Map.of("sessionId", sessionId,
                "stepId", "evalueringstekst", "evaluation", "  ")))).contains("Skriv en tekst på højst 4.000 tegn");
        assertThat(text(click("Lærke", "session.evaluationText", corrected)))
                .contains("så alle får ordet", "Teksten er rettet af Lærke");

        // The summary: the theme, the text, and the form that makes what we change actions.
        JsonNode summary = next(sessionId, "evalueringstekst");
        assertThat(text(summary)).contains("Læreplanstemaet", "Kommunikation og sprog", "så alle får ordet",
                "Fra evalueringen til handleplanen", GOAL, "Læg i handleplanen",
                // A step titled as its one move does not repeat the label on each line; a step of two tells them apart.
                "Alle børn skulle tale med en voksen hver dag – Ib", "Det ændrer vi: Vi laver en sprogkuffert",
                "Evaluer læreplanen igen senest " + java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy",
                        java.util.Locale.forLanguageTag("da")).format(LocalDate.now(clock).plusMonths(24)))
                .doesNotContain("Det ville vi: Alle børn skulle tale med en voksen hver dag – Ib", "kerneopgaven");
        List<String> rows = inputIds(summary, "take-");
        assertThat(rows).as("one row per change, none for the other moves").hasSize(2);
        String due = LocalDate.now(clock).plusDays(30).toString();
        Map<String, Object> form = new HashMap<>(Map.of("sessionId", sessionId));
        String[] owners = {"Ib", "Sanne"};
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i).substring("take-".length());
            form.put("take-" + id, "true");
            form.put("owner-" + id, TeamsActivities.userId(owners[i]));
            form.put("due-" + id, due);
        }
        JsonNode planned = click("Lærke", "session.practicePlan", form);
        assertThat(text(planned)).contains("2 handlinger fra evalueringen er lagt i handleplanen under mål 1 (af Lærke)",
                "Allerede i handleplanen", "ansvarlig: Ib", "ansvarlig: Sanne");
        assertThat(jdbc.sql("SELECT g.text FROM plan_action a JOIN plan_goal g ON g.id = a.goal_id "
                        + "JOIN handleplan h ON h.id = a.plan_id WHERE h.conversation_id = :c")
                .param("c", chat.conversationId()).query(String.class).list()).hasSize(2).containsOnly(GOAL);
        click("Lærke", "session.complete", Map.of("sessionId", sessionId, "stepId", "opsamling"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("Evalueringsteksten er med i handleplanen", "Hent handleplanen").doesNotContain("pladen");
        // In two years the group is asked to evaluate again, in the læreplan's words.
        assertThat(jdbc.sql("SELECT text FROM outbox WHERE dedupe_key = :k").param("k", "revisit:" + sessionId)
                .query(String.class).single()).contains("evaluere den pædagogiske læreplan igen",
                        "start læreplansevaluering").doesNotContain("kerneopgaven");

        // On the handleplan, and the evaluation text in its export, ready to publish.
        bot().send(chat.message("Ib", "handleplan"));
        JsonNode plan = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(plan)).contains(GOAL, "Vi læser højt i små grupper efter frokost",
                "Vi laver en sprogkuffert til hver stue");
        List<String> urls = plan.findValues("url").stream().map(JsonNode::asText).toList();
        String markdown = new String(get(path(urls, ".md")).body(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Evaluering af den pædagogiske læreplan: Kommunikation og sprog",
                "Vi har evalueret vores pædagogiske læreplan med fokus på temaet",
                "Det ændrer vi: Vi læser højt i små grupper efter frokost, så alle får ordet.");
        assertThat(markdown.indexOf("Evaluering af den pædagogiske læreplan")).isLessThan(markdown.indexOf(GOAL));
        try (var document = org.apache.pdfbox.Loader.loadPDF(get(path(urls, ".pdf")).body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Evaluering af den pædagogiske læreplan: Kommunikation og sprog", "så alle får ordet");
        }
    }

    @Test
    void theEvaluationStartsInEnglishAndIsOnTheHelpCardInBothLanguages() {
        TeamsActivities english = groupChat().inEnglish();
        bot().send(english.message("Tove", "start curriculum evaluation"));
        String card = text(connector.lastPostedTo(english.conversationId()).card());
        assertThat(card).contains("Evaluating the pedagogical curriculum", "The curriculum theme",
                "Communication and language", "Choose the theme");
        bot().send(english.message("Tove", "help"));
        assertThat(connector.lastPostedTo(english.conversationId()).allText()).contains("start curriculum evaluation");
        TeamsActivities danish = groupChat();
        bot().send(danish.message("Tove", "start laereplansevaluering"));
        assertThat(text(connector.lastPostedTo(danish.conversationId()).card())).contains("Læreplanstemaet");
        bot().send(danish.message("Tove", "hjælp"));
        assertThat(connector.lastPostedTo(danish.conversationId()).allText()).contains("start læreplansevaluering");
    }

    private String send(String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        return bot().send(chat.execute(user, "card", verb, withVerb));
    }

    private JsonNode click(String user, String verb, Map<String, Object> data) {
        String response = send(user, verb, data);
        JsonNode card = replacement(response);
        assertThat(card).as("%s by %s answered %s", verb, user, response).isNotNull();
        return card;
    }

    /** A second apart: the shared test clock may otherwise give two entries the same moment, and so no order. */
    private JsonNode contribute(String user, String sessionId, String stepId, String category, String text) {
        clock.advance(java.time.Duration.ofSeconds(1));
        Map<String, Object> data = new HashMap<>(Map.of("sessionId", sessionId, "stepId", stepId, "text", text));
        if (category != null) {
            data.put("category", category);
        }
        return click(user, "session.contribute", data);
    }

    private JsonNode next(String sessionId, String stepId) {
        click("Lærke", "session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String path(List<String> urls, String extension) {
        return URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow()).getRawPath();
    }

    /** The prefilled value of the input with this id. */
    private static String inputValue(JsonNode card, String id) {
        for (JsonNode node : card.findParents("id")) {
            if (id.equals(node.path("id").asText()) && node.has("value")) {
                return node.path("value").asText();
            }
        }
        throw new AssertionError("no input " + id + " in " + card);
    }

    private static List<String> inputIds(JsonNode card, String prefix) {
        List<String> ids = new ArrayList<>();
        card.findValues("id").forEach(id -> {
            if (id.asText().startsWith(prefix)) {
                ids.add(id.asText());
            }
        });
        return ids;
    }
}
