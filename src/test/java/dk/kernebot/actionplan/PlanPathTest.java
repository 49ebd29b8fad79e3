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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.outbox.OutboxDispatcher;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The handleplan's way (drafted → bestyrelse → forvaltning → kvalitetsrapport) through the real endpoint: a leader
 * marks each step, stale and foreign clicks change nothing, the exports carry the way and say what each change was,
 * in the plan's language, and a plan that waits too long is mentioned to the leader.
 */
class PlanPathTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanStore plans;
    @Autowired
    FollowUpPlanner planner;
    @Autowired
    OutboxDispatcher sender;

    @Test
    void aLeaderMarksEachStepAndStaleClicksChangeNothing() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lise"));
        bot().send(chat.message("Anne", "mål Alle børn møder sprogaktiviteter hver dag"));
        String planId = plans.forConversation(chat.conversationId()).map(Plan::id).orElseThrow();
        clock.set(Instant.parse("2026-12-10T09:00:00Z"));

        bot().send(chat.message("Anne", "handleplan"));
        assertThat(lastText(chat)).contains("Handleplanens vej: Udarbejdet (23. november 2026)");

        bot().send(chat.message("Anne", "handleplanens vej"));
        String forAnne = lastText(chat);
        assertThat(forAnne).contains("Handleplanens vej", "Udarbejdet", "Sendt til orientering i bestyrelsen",
                "Sendt til forvaltningen", "Indgår i den kommunale kvalitetsrapport", "Endnu ikke",
                "Det er lederen, der markerer hvert skridt").doesNotContain("Markér:");
        bot().send(chat.message("Lise", "handleplanens vej"));
        assertThat(lastText(chat)).contains("Markér: Sendt til orientering i bestyrelsen");

        String refused = mark(chat, "Anne", planId, "BESTYRELSE", "", "Jeg har sendt den");
        assertThat(notice(refused)).contains("Kun en leder", "Intet er ændret");
        assertThat(steps(planId)).isEmpty();

        JsonNode future = replacement(mark(chat, "Lise", planId, "BESTYRELSE", "2026-12-24", null));
        assertThat(text(future)).contains("ude i fremtiden", "Intet er gemt");
        JsonNode early = replacement(mark(chat, "Lise", planId, "BESTYRELSE", "2026-11-20", null));
        assertThat(text(early)).contains("før det forrige skridt (23. november 2026)", "Intet er gemt");
        JsonNode unreadable = replacement(mark(chat, "Lise", planId, "BESTYRELSE", "i går måske", null));
        assertThat(text(unreadable)).contains("kan ikke læse");
        JsonNode skipping = replacement(mark(chat, "Lise", planId, "FORVALTNING", "", null));
        assertThat(text(skipping)).contains("ikke handleplanens næste skridt");
        assertThat(steps(planId)).isEmpty();

        JsonNode marked = replacement(mark(chat, "Lise", planId, "BESTYRELSE", "2026-12-01", "På bestyrelsesmødet"));
        assertThat(text(marked)).contains("Markeret: Sendt til orientering i bestyrelsen.",
                "1\\. december 2026 · Lise", "\"På bestyrelsesmødet\"", "Markér: Sendt til forvaltningen");
        // The same button again (an older copy, or a second leader): nothing new, and it says who marked it.
        JsonNode again = replacement(mark(chat, "Lise", planId, "BESTYRELSE", "", "Igen"));
        assertThat(text(again)).contains("allerede markeret", "Sendt til orientering i bestyrelsen", "af Lise",
                "1. december 2026", "Intet er ændret");
        assertThat(steps(planId)).containsExactly("BESTYRELSE:2026-12-01:Lise:På bestyrelsesmødet");

        // A card from another conversation's plan is no key to this one.
        TeamsActivities elsewhere = groupChat();
        bot().send(elsewhere.message("Anne", "mål Noget andet"));
        assertThat(notice(mark(elsewhere, ADMIN_USER, planId, "FORVALTNING", "", null))).contains("en anden chat");

        mark(chat, "Lise", planId, "FORVALTNING", "", null);
        JsonNode last = replacement(mark(chat, "Lise", planId, "KVALITETSRAPPORT", "10/12-2026", "Kvalitetsrapport 2026"));
        assertThat(text(last)).contains("Markeret: Indgår i den kommunale kvalitetsrapport.").doesNotContain("Markér:");
        assertThat(steps(planId)).containsExactly("BESTYRELSE:2026-12-01:Lise:På bestyrelsesmødet",
                "FORVALTNING:2026-12-10:Lise:-", "KVALITETSRAPPORT:2026-12-10:Lise:Kvalitetsrapport 2026");

        bot().send(chat.message("Anne", "handleplan"));
        assertThat(lastText(chat)).contains("Handleplanens vej: Indgår i den kommunale kvalitetsrapport (10. december 2026)");
        List<String> urls = connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        String md = download(path(urls, ".md"), "en-US,en;q=0.9");
        assertThat(md).as("a Danish plan downloads in Danish whatever the browser says")
                .contains("## Handleplanens vej", "- Udarbejdet: 23. november 2026",
                        "- Sendt til orientering i bestyrelsen: 1. december 2026 (Lise): »På bestyrelsesmødet«",
                        "- Sendt til forvaltningen: 10. december 2026 (Lise)")
                .doesNotContain("Handleplan: Handleplan");
        assertThat(md.lines().findFirst().orElseThrow()).isEqualTo("# Handleplan: lagt 23. november 2026");
        String csv = download(path(urls, ".csv"), null);
        assertThat(csv).contains("Handleplanens vej", "Sendt til forvaltningen: 10. december 2026 (Lise)");
        byte[] pdf = downloadBytes(path(urls, ".pdf"), null);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Handleplanens vej",
                    "Indgår i den kommunale kvalitetsrapport: 10. december 2026 (Lise)");
        }
        assertThat(download(path(urls, ".md") + "?lang=en", null)).as("unless the reader asks")
                .contains("## The action plan's path", "Sent to the parent board for information: 1 December 2026 (Lise)");
    }

    @Test
    void theExportSaysWhatEachChangeWas() throws Exception {
        TeamsActivities chat = groupChat();
        PlanFixtures.roster(connector, chat, "Anne", "Bo", "Carla");
        bot().send(chat.message("Anne", "mål Sprog"));
        bot().send(chat.messageMentioning("Anne", "handling Lav sprogkufferter ansvarlig frist 1. marts 2027", "Bo"));
        String actionId = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(String.class).single();
        click(chat, "Bo", "actionplan.action.edit", Map.of("actionId", actionId, "actionText", "Lav sprogkufferter",
                "ownerId", TeamsActivities.userId("Bo"), "due", "2027-03-15", "cadence", "0"));
        click(chat, "Bo", "actionplan.action.edit", Map.of("actionId", actionId, "actionText", "Lav sprogkufferter",
                "ownerId", TeamsActivities.userId("Carla"), "due", "2027-03-15", "cadence", "0", "editComment", "Ferie"));
        click(chat, "Carla", "actionplan.action.status", Map.of("actionId", actionId, "status", "I_GANG"));

        bot().send(chat.message("Anne", "handleplan"));
        List<String> urls = connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        String md = download(path(urls, ".md"), null);
        assertThat(md).contains("23\\. november 2026 kl. 09.00: Anne oprettede handlingen",
                "Bo flyttede fristen fra 1. marts 2027 til 15. marts 2027",
                "Bo flyttede ansvaret fra Bo til Carla: »Ferie«",
                "Carla ændrede status fra ikke startet til i gang")
                .doesNotContain("satte status til i gang", "satte status til ikke startet");
    }

    @Test
    void anEnglishPlanDownloadsInEnglish() throws Exception {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Anne", "goal More language"));
        bot().send(chat.message("Anne", "action plan"));
        List<String> urls = connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        String md = download(path(urls, ".md"), "da-DK,da;q=0.9");
        assertThat(md).contains("# Action plan: made 23 November 2026", "The action plan's path", "Drafted: 23 November 2026",
                "Sent to the administration: not yet");
    }

    @Test
    void aPlanThatWaitsTooLongIsMentionedToTheLeader() {
        TeamsActivities chat = groupChat();
        // A name of its own: other tests' leaders get their own reminders ("et spørgsmål venter stadig på dig").
        String leader = "Vera " + java.util.UUID.randomUUID().toString().substring(0, 6);
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", leader));
        bot().send(chat.message("Anne", "mål Sprog"));
        String vera = FakeConnector.personalChatFor(TeamsActivities.userId(leader));
        Instant start = clock.instant();

        clock.set(Instant.parse("2026-12-21T09:00:00Z")); // 28 days: within the 30 allowed
        planner.planAll();
        sender.dispatchDue();
        assertThat(connector.postedTo(vera)).noneMatch(s -> s.allText().contains("Handleplanen venter stadig"));

        clock.set(Instant.parse("2026-12-28T09:00:00Z"));
        planner.planAll();
        planner.planAll();
        sender.dispatchDue();
        assertThat(connector.postedTo(vera)).filteredOn(s -> s.allText().contains("Handleplanen venter stadig")).hasSize(1)
                .allSatisfy(s -> assertThat(s.allText()).contains("Sendt til orientering i bestyrelsen",
                        "stået stille siden 23. november 2026", "handleplanens vej"));

        // Once marked, the plan waits at the next step; the leader is told again only when that one is overdue too.
        bot().send(chat.message(leader, "handleplanens vej"));
        String planId = plans.forConversation(chat.conversationId()).map(Plan::id).orElseThrow();
        mark(chat, leader, planId, "BESTYRELSE", "", null);
        planner.planAll();
        sender.dispatchDue();
        assertThat(connector.postedTo(vera)).filteredOn(s -> s.allText().contains("Handleplanen venter stadig")).hasSize(1);

        // The yearly dialogue card mentions it too.
        clock.set(Instant.parse("2027-11-09T08:30:00Z"));
        planner.planAll();
        sender.dispatchDue();
        assertThat(connector.postedTo(vera)).filteredOn(s -> s.allText().contains("Årlig dialogsamtale"))
                .singleElement().satisfies(s -> assertThat(s.allText()).contains(
                        "venter stadig på skridtet \"Sendt til forvaltningen\"", "siden 28. december 2026"));
        clock.set(start);
    }

    private String mark(TeamsActivities chat, String user, String planId, String stage, String day, String note) {
        Map<String, Object> data = new HashMap<>(Map.of("planId", planId, "stage", stage, "day", day));
        if (note != null) {
            data.put("note", note);
        }
        return click(chat, user, "actionplan.path.mark", data);
    }

    private String click(TeamsActivities chat, String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        return bot().send(chat.execute(user, "card", verb, withVerb));
    }

    private List<String> steps(String planId) {
        return jdbc.sql("SELECT stage || ':' || on_day || ':' || by_name || ':' || COALESCE(note, '-') FROM plan_path_event "
                + "WHERE plan_id = :p ORDER BY at, stage").param("p", planId).query(String.class).list();
    }

    private String lastText(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).allText();
    }

    private String download(String path, String acceptLanguage) throws Exception {
        return new String(downloadBytes(path, acceptLanguage), StandardCharsets.UTF_8);
    }

    private byte[] downloadBytes(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String path(List<String> urls, String extension) {
        return URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow()).getRawPath();
    }
}
