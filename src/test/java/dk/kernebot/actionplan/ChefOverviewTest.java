package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.PlanFixtures.notice;
import static dk.kernebot.actionplan.PlanFixtures.replacement;
import static dk.kernebot.actionplan.PlanFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.chat.UserRef;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Skole- og dagtilbudschef's overview through the real endpoint: set in the institution files by Entra id, one
 * card for every institution they lead, bounded in size, paged in place, a report for the kvalitetsrapport, and
 * nothing for someone who is not (or no longer) a chef.
 */
class ChefOverviewTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Handleplans handleplans;

    @Test
    void aChefSeesEveryInstitutionAndGetsOneReport() throws Exception {
        String chef = "Chris " + UUID.randomUUID().toString().substring(0, 6);
        TeamsActivities solsikken = groupChat();
        TeamsActivities mariehoenen = groupChat();
        bot().send(solsikken.message("Anne", "hjælp"));
        bot().send(mariehoenen.message("Mette", "hjælp"));
        String solId = put("Børnehuset Solsikken", List.of(solsikken.conversationId()), chef);
        put("Børnehuset Mariehønen", List.of(mariehoenen.conversationId()), chef);

        // Solsikken has a plan from a quality conversation, with its evaluation; one action is overdue.
        String sessionId = finishedSession(solsikken, "Vi fik et fælles billede af sprogarbejdet",
                "Vi arbejder videre med overgangene");
        UserRef anne = new UserRef(TeamsActivities.userId("Anne"), TeamsActivities.aadId("Anne"), "Anne");
        handleplans.addGoalsFromSession(solsikken.conversationId(), sessionId, List.of(
                new GoalDraft("Alle børn møder sprogaktiviteter hver dag", "Sprogvurderinger", "PROCES", null)), anne);
        bot().send(solsikken.message("Anne", "handling Sprogkufferter til alle stuer ansvarlig mig frist 1. december 2026"));
        bot().send(solsikken.message("Anne", "spørgsmål Må vi bruge legepladsen før kl. 8?"));
        clock.set(java.time.Instant.parse("2026-12-07T09:00:00Z"));

        TeamsActivities chefChat = personal();
        bot().send(chefChat.message(chef, "oversigt"));
        String card = connector.lastPostedTo(chefChat.conversationId()).allText();
        assertThat(card).contains("Oversigt over dine institutioner",
                "2 institutioner · 1 mål · 1 handling over fristen · 1 åbent spørgsmål til lederne",
                "Børnehuset Solsikken", "1 mål · 1 handling, ingen færdige · 1 åbent spørgsmål til lederen",
                "1 handling over fristen: \"Sprogkufferter til alle stuer\" (Anne, frist 1. december 2026)",
                "Mål 1: Alle børn møder sprogaktiviteter hver dag – 0 af 1 handling færdig",
                "Handleplanens vej: Udarbejdet (23. november 2026)",
                "Næste dialogsamtale: 23. november 2027 · næste kvalitetssamtale: 23. november 2028",
                "Børnehuset Mariehønen", "Ingen handleplan endnu", "Hent rapport")
                .doesNotContain("Vis flere");
        assertThat(card.indexOf("Solsikken")).as("the one with overdue actions first").isLessThan(card.indexOf("Mariehønen"));

        List<String> urls = connector.lastPostedTo(chefChat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        String md = new String(get(path(urls, ".md")).body(), StandardCharsets.UTF_8);
        assertThat(md).contains("# Kvalitetsrapport: dagtilbuddenes handleplaner", "## Børnehuset Solsikken",
                "### Aftalte mål", "1. Alle børn møder sprogaktiviteter hver dag – 0 af 1 handling færdig, 1 over fristen",
                "Sprogkufferter til alle stuer (Anne, frist 1. december 2026, ikke startet) – frist overskredet",
                "- Vi fik et fælles billede af sprogarbejdet", "- Vi arbejder videre med overgangene",
                "## Børnehuset Mariehønen", "Ingen handleplan endnu.");
        HttpResponse<byte[]> pdf = get(path(urls, ".pdf"));
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Kvalitetsrapport: dagtilbuddenes handleplaner", "Børnehuset Solsikken",
                    "Aftalte mål", "1. Alle børn møder sprogaktiviteter hver dag", "Evaluering af kvalitetssamtalen",
                    "Vi arbejder videre med overgangene", "Børnehuset Mariehønen", "Ingen handleplan endnu.");
        }

        // Someone who is not a chef gets a polite no, and the overview is only in the 1:1 chat.
        TeamsActivities doraChat = personal();
        bot().send(doraChat.message("Dora", "oversigt"));
        assertThat(connector.lastPostedTo(doraChat.conversationId()).allText())
                .contains("Oversigten er for skole- og dagtilbudschefen", "du står ikke som chef");
        bot().send(solsikken.message(chef, "oversigt"));
        assertThat(connector.lastPostedTo(solsikken.conversationId()).allText()).contains("din personlige chat");

        // Taken out of Solsikken's file: Solsikken is gone from the overview and the report at once.
        put(solId, "Børnehuset Solsikken", List.of(solsikken.conversationId()), null);
        bot().send(chefChat.message(chef, "oversigt"));
        assertThat(connector.lastPostedTo(chefChat.conversationId()).allText()).contains("1 institution ·",
                "Børnehuset Mariehønen").doesNotContain("Solsikken");
        assertThat(new String(get(path(urls, ".md")).body(), StandardCharsets.UTF_8)).doesNotContain("Solsikken");
    }

    @Test
    void aHundredInstitutionsMakeABoundedCardThatPagesInPlace() {
        String chef = "Chef " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 100; i++) {
            String name = String.format("Børnehuset nummer %03d med et langt navn, som kommunen giver det %s", i,
                    "i sin struktur ".repeat(8).strip());
            List<String> conversations = List.of();
            if (i < 12) {
                TeamsActivities chat = groupChat();
                conversations = List.of(chat.conversationId());
                for (int g = 0; g < 5; g++) {
                    bot().send(chat.message("Anne", "mål Et mål med en lang tekst om sprog, trivsel og overgange nummer "
                            + g + " " + "og mere tekst ".repeat(10)));
                    bot().send(chat.message("Anne", "handling En handling der tager tid " + g
                            + " ansvarlig mig frist 1. december 2026"));
                }
            }
            put(name, conversations, chef);
        }
        clock.set(java.time.Instant.parse("2026-12-07T09:00:00Z"));
        TeamsActivities chefChat = personal();
        bot().send(chefChat.message(chef, "oversigt"));
        var sent = connector.lastPostedTo(chefChat.conversationId());
        int bytes = sent.card().toString().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("card bytes").isLessThan(40 * 1024);
        assertThat(sent.allText()).contains("100 institutioner · 60 mål · 60 handlinger over fristen",
                "Viser 1–10 af 100 institutioner.", "Vis flere", "… og 2 mål mere (se rapporten)");

        String second = bot().send(chefChat.execute(chef, "card", "overview.page",
                new HashMap<>(Map.of("verb", "overview.page", "page", "2"))));
        JsonNode page2 = replacement(second);
        assertThat(text(page2)).contains("Viser 11–20 af 100 institutioner.", "nummer 010", "nummer 011", "nummer 012")
                .doesNotContain("nummer 000 ");
        assertThat(page2.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(40 * 1024);

        // A stranger pressing the same button sees nothing of it.
        TeamsActivities other = personal();
        assertThat(notice(bot().send(other.execute("Dora", "card", "overview.page",
                new HashMap<>(Map.of("verb", "overview.page", "page", "2")))))).contains("du står ikke som chef");
    }

    /** A finished kvalitetssamtale in the chat with these answers at its evaluation point (the engine's tables). */
    private String finishedSession(TeamsActivities chat, String... answers) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        jdbc.sql("INSERT INTO guided_session (id, conversation_id, process_id, status, step_index, facilitator_id, "
                        + "facilitator_name, board_token, started_at, updated_at, finished_at) VALUES (:id, :c, "
                        + "'kvalitetssamtale', 'COMPLETED', 9, :f, 'Anne', :token, :now, :now, :now)")
                .param("id", id).param("c", chat.conversationId()).param("f", TeamsActivities.userId("Anne"))
                .param("token", UUID.randomUUID().toString()).param("now", now).update();
        int n = 0;
        for (String answer : answers) {
            jdbc.sql("INSERT INTO session_entry (id, session_id, step_id, author_id, author_name, text, in_practice, "
                            + "status, created_at, updated_at) VALUES (:id, :s, 'evaluering', :a, 'Anne', :t, false, "
                            + "'ACTIVE', :at, :at)")
                    .param("id", UUID.randomUUID().toString()).param("s", id).param("a", TeamsActivities.userId("Anne"))
                    .param("t", answer).param("at", now + n++).update();
        }
        return id;
    }

    private String put(String name, List<String> conversations, String chef) {
        return put("inst-" + UUID.randomUUID().toString().substring(0, 8), name, conversations, chef);
    }

    private String put(String id, String name, List<String> conversations, String chef) {
        ObjectNode file = JSON.createObjectNode();
        file.put("id", id);
        file.put("name", name);
        file.putObject("kerneopgave").put("da", "Vi skaber trygge fællesskaber, hvor alle børn trives.");
        ObjectNode value = file.putArray("vaerdisaet").addObject();
        value.put("id", "faellesskab");
        value.putObject("name").put("da", "Fællesskab");
        value.putObject("description").put("da", "Alle børn skal opleve at høre til.");
        ArrayNode c = file.putArray("conversations");
        conversations.forEach(c::add);
        if (chef != null) {
            ObjectNode named = file.putArray("chefs").addObject();
            named.put("aadObjectId", TeamsActivities.aadId(chef).toUpperCase());
            named.put("name", chef);
        }
        assertThat(admin("PUT", "/admin/institutions", file.toString()).statusCode()).isIn(200, 201);
        return id;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String path(List<String> urls, String extension) {
        return URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow()).getRawPath();
    }
}
