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
import dk.kernebot.chat.UserRef;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The handleplan through the real endpoint: goals and actions by command and by card, status, history, exports. */
class HandleplanTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Handleplans handleplans;
    @Autowired
    PlanStore plans;

    private Instant start;

    /** Other tests move the shared clock too; these start on a known Monday, before every due date they use. */
    @org.junit.jupiter.api.BeforeEach
    void pinTheClock() {
        start = clock.instant();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    @Test
    void anEmptyPlanSaysHowToStart() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "handleplan"));
        String card = lastText(chat);
        assertThat(card).contains("Handleplan", "ingen mål endnu", "skriv \"mål\" og så målet", "start kvalitetssamtale");
        assertThat(plans.forConversation(chat.conversationId()).map(Plan::id)).isEmpty();
    }

    @Test
    void goalsAndActionsByCommandWithDanishDates() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Alle børn møder sprogaktiviteter hver dag"));
        assertThat(lastText(chat)).contains("Mål 1 er tilføjet: Alle børn møder sprogaktiviteter hver dag");
        bot().send(chat.messageMentioning("Anne", "handling Lav sprogkufferter ansvarlig frist 1. marts 2027", "Bo"));
        assertThat(lastText(chat)).contains("tilføjet til mål 1", "Lav sprogkufferter", "ansvarlig Bo", "frist 1. marts 2027");
        bot().send(chat.message("Anne", "mål Tættere samarbejde med forældrene"));
        bot().send(chat.message("Anne", "handling Sprogtrappen på personalemødet ansvarlig mig frist 1/3-2027 til mål 1"));
        assertThat(lastText(chat)).contains("tilføjet til mål 1", "ansvarlig Anne");
        bot().send(chat.messageMentioning("Anne", "handling Forældremøde om sprog ansvarlig frist 2027-04-15 hver 14 dage", "Carla"));
        assertThat(lastText(chat)).contains("tilføjet til mål 2", "15. april 2027");

        String planId = plans.forConversation(chat.conversationId()).map(Plan::id).orElseThrow();
        assertThat(jdbc.sql("SELECT owner_name || '|' || due_date || '|' || COALESCE(CAST(cadence_days AS VARCHAR), '-') "
                        + "FROM plan_action WHERE plan_id = :p ORDER BY created_at, text")
                .param("p", planId).query(String.class).list())
                .containsExactlyInAnyOrder("Bo|2027-03-01|-", "Anne|2027-03-01|-", "Carla|2027-04-15|14");

        bot().send(chat.message("Bo", "handleplan"));
        JsonNode card = last(chat);
        assertThat(text(card)).contains("Mål 1: Alle børn møder sprogaktiviteter hver dag", "Lav sprogkufferter",
                "Ansvarlig: Bo · frist 1. marts 2027", "Ikke startet", "Mål 2: Tættere samarbejde med forældrene",
                "Hent som PDF", "Tilføj handling", "Næste frist");
    }

    @Test
    void badDatesMissingOwnersAndUnknownGoalsSaveNothing() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "handling Noget ansvarlig mig frist 1. marts 2027"));
        assertThat(lastText(chat)).contains("ingen mål endnu", "Skriv først \"mål\" og så målet");
        bot().send(chat.message("Anne", "mål Sprog"));

        bot().send(chat.messageMentioning("Anne", "handling Lav kufferter ansvarlig frist 31. februar 2027", "Bo"));
        assertThat(lastText(chat)).contains("kan ikke læse \"31", "februar 2027\" som en dato", "Skriv fx 1. marts 2027, 1/3-2027 eller 2027-03-01", "intet er gemt");
        bot().send(chat.messageMentioning("Anne", "handling Lav kufferter ansvarlig frist på torsdag", "Bo"));
        assertThat(lastText(chat)).contains("kan ikke læse");
        bot().send(chat.messageMentioning("Anne", "handling Lav kufferter ansvarlig", "Bo"));
        assertThat(lastText(chat)).contains("mangler en frist", "1. marts 2027");
        bot().send(chat.message("Anne", "handling Lav kufferter frist 1. marts 2027"));
        assertThat(lastText(chat)).contains("Hvem er ansvarlig?", "Intet er gemt");
        bot().send(chat.message("Anne", "handling Lav kufferter ansvarlig mig frist 1. marts 2027 til mål 5"));
        assertThat(lastText(chat)).contains("Der er ikke et mål 5", "1 mål");
        bot().send(chat.message("Anne", "handling Lav kufferter ansvarlig mig frist 1. januar 2020"));
        assertThat(lastText(chat)).contains("allerede passeret");
        bot().send(chat.message("Anne", "handling"));
        assertThat(lastText(chat)).contains("\"ansvarlig @navn\" og \"frist\" med en dato");

        assertThat(actionsIn(chat)).isZero();
    }

    @Test
    void englishTwins() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Anne", "goal More language in the cloakroom"));
        assertThat(lastText(chat)).contains("Goal 1 added");
        bot().send(chat.message("Anne", "action Buy picture books owner me due 2027-03-01"));
        assertThat(lastText(chat)).contains("The action was added to goal 1", "owner Anne", "due 1 March 2027");
        bot().send(chat.message("Anne", "action Something owner me due someday"));
        assertThat(lastText(chat)).contains("I cannot read \"someday\" as a date", "2027-03-01");
        bot().send(chat.message("Anne", "action plan"));
        assertThat(lastText(chat)).contains("Action plan", "Goal 1: More language in the cloakroom", "Not started");
        assertThat(actionsIn(chat)).isEqualTo(1);
    }

    @Test
    void actionsAreAddedAndChangedOnCardsWithHistory() {
        TeamsActivities chat = groupChat();
        PlanFixtures.roster(connector, chat, "Anne", "Bo", "Carla");
        bot().send(chat.message("Anne", "mål Alle børn møder sprogaktiviteter hver dag"));
        bot().send(chat.message("Anne", "handleplan"));
        JsonNode plan = last(chat);
        assertThat(text(plan)).contains("Bo", "Carla");
        String planId = plans.forConversation(chat.conversationId()).map(Plan::id).orElseThrow();
        String goalId = jdbc.sql("SELECT id FROM plan_goal WHERE plan_id = :p").param("p", planId).query(String.class).single();

        Map<String, Object> add = new HashMap<>(Map.of("planId", planId, "actionText", "Lav sprogkufferter",
                "goalId", goalId, "ownerId", TeamsActivities.userId("Bo"), "due", "not a date", "cadence", "0"));
        JsonNode refused = replacement(click(chat, "Anne", "actionplan.action.add", add));
        assertThat(text(refused)).contains("kan ikke læse", "1. marts 2027");
        add.put("ownerId", "29:someone-not-here");
        add.put("due", "2027-03-01");
        assertThat(text(replacement(click(chat, "Anne", "actionplan.action.add", add)))).contains("Vælg en ansvarlig");
        assertThat(actionsIn(chat)).isZero();

        add.put("ownerId", TeamsActivities.userId("Bo"));
        JsonNode added = replacement(click(chat, "Anne", "actionplan.action.add", add));
        assertThat(text(added)).contains("Handlingen er tilføjet til mål 1: Lav sprogkufferter – ansvarlig Bo, frist 1. marts 2027");
        String actionId = jdbc.sql("SELECT id FROM plan_action WHERE plan_id = :p").param("p", planId).query(String.class).single();

        Map<String, Object> goal = new HashMap<>(Map.of("planId", planId, "goalText", "Forældrene kender sprogarbejdet",
                "qualityType", "PROCES", "capital", "SOCIAL", "agendaPoint", "Forældresamarbejde"));
        JsonNode withGoal = replacement(click(chat, "Carla", "actionplan.goal.add", goal));
        assertThat(text(withGoal)).contains("Mål 2: Forældrene kender sprogarbejdet", "Forældresamarbejde · proceskvalitet · social kapital");

        // The action's own card, posted as a new message.
        click(chat, "Carla", "actionplan.action.open", Map.of("actionId", actionId));
        JsonNode actionCard = last(chat);
        assertThat(text(actionCard)).contains("Lav sprogkufferter", "Historik", "Anne oprettede handlingen");

        String refusedStatus = click(chat, "Carla", "actionplan.action.status",
                Map.of("actionId", actionId, "status", "FAERDIG", "comment", "Jeg tror, den er klaret"));
        assertThat(notice(refusedStatus)).contains("Kun den ansvarlige (Bo)", "Intet er ændret");
        assertThat(status(actionId)).isEqualTo("IKKE_STARTET");

        JsonNode changed = replacement(click(chat, "Bo", "actionplan.action.status",
                Map.of("actionId", actionId, "status", "I_GANG", "comment", "Kufferterne er bestilt")));
        assertThat(text(changed)).contains("Status er nu: I gang", "Bo ændrede status fra Ikke startet til I gang – \"Kufferterne er bestilt\"");
        assertThat(status(actionId)).isEqualTo("I_GANG");

        JsonNode edited = replacement(click(chat, "Bo", "actionplan.action.edit", Map.of("actionId", actionId,
                "actionText", "Lav sprogkufferter til alle stuer", "ownerId", TeamsActivities.userId("Carla"),
                "due", "2027-03-15", "cadence", "14", "editComment", "Carla overtager")));
        assertThat(text(edited)).contains("Ændringerne er gemt", "Lav sprogkufferter til alle stuer", "Carla", "15\\. marts 2027",
                "hver 14 dage",
                "Bo rettede teksten fra »Lav sprogkufferter« til »Lav sprogkufferter til alle stuer« – \"Carla overtager\"",
                "Bo flyttede ansvaret fra Bo til Carla", "Bo flyttede fristen fra 1. marts 2027 til 15. marts 2027",
                "Bo ændrede påmindelserne fra ingen faste påmindelser til hver 14 dage");
        // One entry per value that changed, each saying what it was and what it became.
        assertThat(jdbc.sql("SELECT kind || ':' || COALESCE(old_value, '-') || ':' || COALESCE(new_value, '-') "
                        + "FROM plan_action_history WHERE action_id = :a ORDER BY seq").param("a", actionId)
                .query(String.class).list()).containsExactly("CREATED:-:-", "STATUS:-:-",
                "TEXT:Lav sprogkufferter:Lav sprogkufferter til alle stuer", "OWNER:Bo:Carla", "DUE:2027-03-01:2027-03-15",
                "CADENCE:-:14");

        // A card from another conversation is no key to this plan.
        TeamsActivities elsewhere = groupChat();
        String foreign = bot().send(elsewhere.execute("Bo", "card", "actionplan.action.status",
                Map.of("verb", "actionplan.action.status", "actionId", actionId, "status", "OPGIVET")));
        assertThat(notice(foreign)).contains("en anden chat");
        assertThat(status(actionId)).isEqualTo("I_GANG");
    }

    @Test
    void overdueActionsComeFirstAndAreMarked() {
        TeamsActivities chat = groupChat();
        Instant before = clock.instant();
        try {
            bot().send(chat.message("Anne", "mål Sprog"));
            bot().send(chat.message("Anne", "handling Senere ting ansvarlig mig frist 2027-06-01"));
            bot().send(chat.message("Anne", "handling Tidlig ting ansvarlig mig frist 2027-03-01"));
            clock.set(Instant.parse("2027-03-10T09:00:00Z"));
            bot().send(chat.message("Anne", "handleplan"));
            String card = lastText(chat);
            assertThat(card).contains("1 handling er over fristen", "Over fristen · Ikke startet", "Næste skridt: \"Tidlig ting\" er over fristen");
            assertThat(card.indexOf("Tidlig ting")).isLessThan(card.indexOf("Senere ting"));
        } finally {
            clock.set(before);
        }
    }

    @Test
    void theSessionEndsInAHandleplan() {
        TeamsActivities chat = groupChat();
        bot().send(chat.memberAdded("Anne", "Bo"));
        UserRef anne = new UserRef(TeamsActivities.userId("Anne"), TeamsActivities.aadId("Anne"), "Anne");
        String planId = handleplans.addGoalsFromSession(chat.conversationId(), "session-1", List.of(
                new GoalDraft("Flere sprogaktiviteter", "Sprogvurderinger", "proces", "INDIVIDUEL"),
                new GoalDraft("  ", null, null, null),
                new GoalDraft("Bedre overgange", null, "bogus", null)), anne);
        assertThat(plans.forConversation(chat.conversationId()).map(Plan::id)).contains(planId);
        assertThat(handleplans.addGoalsFromSession(chat.conversationId(), "session-1",
                List.of(new GoalDraft("Endnu et mål", null, null, null)), anne)).isEqualTo(planId);
        assertThat(jdbc.sql("SELECT position || ':' || text || ':' || COALESCE(quality_type, '-') FROM plan_goal "
                        + "WHERE plan_id = :p ORDER BY position").param("p", planId).query(String.class).list())
                .containsExactly("1:Flere sprogaktiviteter:PROCES", "2:Bedre overgange:-", "3:Endnu et mål:-");
    }

    @Test
    void exportsDownloadTheirPlanOnlyWithTheToken() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Alle børn møder sprogaktiviteter hver dag"));
        bot().send(chat.messageMentioning("Anne", "handling Lav sprogkufferter ansvarlig frist 1. marts 2027", "Bo"));
        bot().send(chat.message("Anne", "handleplan"));
        List<String> urls = last(chat).findValues("url").stream().map(JsonNode::asText).toList();
        HttpClient http = HttpClient.newHttpClient();

        String md = new String(get(http, path(urls, ".md")).body(), StandardCharsets.UTF_8);
        assertThat(md).contains("Alle børn møder sprogaktiviteter hver dag", "Lav sprogkufferter", "Bo");
        String csv = new String(get(http, path(urls, ".csv")).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Lav sprogkufferter", "2027-03-01");
        HttpResponse<byte[]> pdf = get(http, path(urls, ".pdf"));
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Lav sprogkufferter");
        }

        for (String bad : List.of("/handleplans/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.md", "/handleplans/short.pdf",
                "/handleplans/..%2F..%2Fetc%2Fpasswd.csv")) {
            assertThat(get(http, bad).statusCode()).as(bad).isIn(400, 404);
        }
    }

    private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String path(List<String> urls, String extension) {
        return URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow()).getRawPath();
    }

    private String click(TeamsActivities chat, String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        return bot().send(chat.execute(user, "card", verb, withVerb));
    }

    private int actionsIn(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM plan_action a JOIN handleplan p ON p.id = a.plan_id WHERE p.conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single();
    }

    private String status(String actionId) {
        return jdbc.sql("SELECT status FROM plan_action WHERE id = :id").param("id", actionId).query(String.class).single();
    }

    private JsonNode last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private String lastText(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).allText();
    }
}
