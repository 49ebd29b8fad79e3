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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.chat.UserRef;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan card pages through a plan of 200 goals (issue 19), through the real endpoint: the first card shows the
 * five goals with overdue actions that are due longest, "Vis flere" twice brings the next pages in place (the rest of
 * the overdue goals, then the open ones), "Tilbage" goes back, each card stays far under 40 KB, and the export still
 * has all 200 goals.
 */
class PlanPagingTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 40 * 1024;
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Autowired
    Handleplans handleplans;
    @Autowired
    PlanStore plans;
    @Autowired
    ActionStore actions;
    @Autowired
    JdbcClient jdbc;

    private Instant start;

    @BeforeEach
    void pinTheClock() {
        start = clock.instant();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    /**
     * Goals 1–150 have a finished action, 151–190 an open one due later, 191–200 an overdue one (191 the longest
     * overdue); goal 152 has five open actions.
     */
    private String planOf200(TeamsActivities chat) {
        bot().send(chat.message("Anne", "hjælp"));
        UserRef anne = new UserRef(TeamsActivities.userId("Anne"), TeamsActivities.aadId("Anne"), "Anne");
        String planId = handleplans.addGoalsFromSession(chat.conversationId(), null, IntStream.rangeClosed(1, 200)
                .mapToObj(i -> new GoalDraft("Sprog i hverdagen, del " + i + ": " + "vi taler med børnene om det, de ser. "
                        .repeat(4), null, null, null))
                .toList(), anne);
        for (Goal goal : plans.goals(planId)) {
            int n = goal.position();
            LocalDate due = n > 190 ? TODAY.minusDays(30 - (n - 190)) : TODAY.plusDays(n);
            PlanAction action = actions.insert(goal, "Handling til mål " + n, anne, due, null, anne);
            if (n <= 150) {
                actions.changeStatus(action, ActionStatus.FAERDIG, anne, null);
            }
            if (n == 152) {
                for (int extra = 1; extra <= 4; extra++) {
                    actions.insert(goal, "Ekstra handling " + extra + " til mål 152", anne, TODAY.plusDays(200 + extra),
                            null, anne);
                }
            }
        }
        return planId;
    }

    @Test
    void aPlanOf200GoalsPagesInPlaceAndTheExportKeepsThemAll() throws Exception {
        TeamsActivities chat = groupChat();
        String planId = planOf200(chat);

        bot().send(chat.message("Bo", "handleplan"));
        JsonNode first = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(bytes(first)).as("the first card's size").isLessThan(LIMIT);
        String shown = text(first);
        assertThat(goalsOn(first)).containsExactly(191, 192, 193, 194, 195);
        assertThat(shown).contains("200 mål · 204 handlinger · 150 færdige", "10 handlinger er over fristen",
                "Handling til mål 191", "Handling til mål 193", "… og 7 handlinger mere over fristen",
                "Side 1 af 40 · 200 mål i alt", "Næste skridt: \"Handling til mål 191\" er over fristen")
                .doesNotContain("Her står kun begyndelsen");
        assertThat(titles(first)).contains("Vis flere (195 mål mere)").doesNotContain("Tilbage");
        assertThat(goalChoices(first)).hasSize(5);

        JsonNode second = replacement(click(chat, "Carla", pageButton(first, "Vis flere")));
        assertThat(second).as("the page replaces the card").isNotNull();
        assertThat(bytes(second)).isLessThan(LIMIT);
        assertThat(goalsOn(second)).containsExactly(196, 197, 198, 199, 200);
        assertThat(text(second)).contains("Side 2 af 40", "Handling til mål 196")
                .doesNotContain("handlinger er over fristen", "Mål 191 · Ansvarlig");
        assertThat(titles(second)).contains("Vis flere (190 mål mere)", "Tilbage");

        JsonNode third = replacement(click(chat, "Carla", pageButton(second, "Vis flere")));
        assertThat(bytes(third)).isLessThan(LIMIT);
        assertThat(goalsOn(third)).containsExactly(151, 152, 153, 154, 155);
        assertThat(text(third)).contains("Side 3 af 40", "Handling til mål 152", "Ekstra handling 1 til mål 152",
                        "Ekstra handling 2 til mål 152", "… og 2 handlinger mere.")
                .doesNotContain("Ekstra handling 3 til mål 152");

        JsonNode back = replacement(click(chat, "Bo", pageButton(third, "Tilbage")));
        assertThat(goalsOn(back)).containsExactly(196, 197, 198, 199, 200);

        // The whole plan is still in the export, all 200 goals and every action.
        List<String> urls = first.findValues("url").stream().map(JsonNode::asText).toList();
        String md = new String(get(urls.stream().filter(u -> u.endsWith(".md")).findFirst().orElseThrow()),
                StandardCharsets.UTF_8);
        for (int i = 1; i <= 200; i++) {
            assertThat(md).contains("Sprog i hverdagen, del " + i + ":", "Handling til mål " + i);
        }
        assertThat(md).contains("Ekstra handling 4 til mål 152");
        String csv = new String(get(urls.stream().filter(u -> u.endsWith(".csv")).findFirst().orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains("Handling til mål ") || l.contains("Ekstra handling"))).hasSize(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_goal WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single()).isEqualTo(200);
    }

    @Test
    void anOldCardsPageAfterTheEndShowsTheLastAndAnotherChatsPlanIsRefused() {
        TeamsActivities chat = groupChat();
        String planId = planOf200(chat);

        JsonNode last = replacement(click(chat, "Bo", Map.of("planId", planId, "page", 99)));
        assertThat(goalsOn(last)).containsExactly(146, 147, 148, 149, 150);
        assertThat(text(last)).contains("Side 40 af 40");
        assertThat(titles(last)).contains("Tilbage").noneMatch(t -> t.startsWith("Vis flere"));

        JsonNode garbage = replacement(click(chat, "Bo", Map.of("planId", planId, "page", "ikke et tal")));
        assertThat(goalsOn(garbage)).containsExactly(191, 192, 193, 194, 195);

        TeamsActivities elsewhere = groupChat();
        bot().send(elsewhere.message("Bo", "mål Et mål i en anden chat"));
        String refused = bot().send(elsewhere.execute("Bo", "card", "actionplan.page",
                Map.of("verb", "actionplan.page", "planId", planId, "page", 2)));
        assertThat(notice(refused)).isNotBlank();
        assertThat(replacement(refused)).isNull();
    }

    /**
     * The order is read from each goal's stored standing (V150), so it must follow every change: an action finished,
     * a due date moved into the past, a goal closed, a goal without actions.
     */
    @Test
    void theOrderFollowsTheActionsAsTheyChange() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Dorte", "hjælp"));
        UserRef dorte = new UserRef(TeamsActivities.userId("Dorte"), TeamsActivities.aadId("Dorte"), "Dorte");
        String planId = handleplans.addGoalsFromSession(chat.conversationId(), null, IntStream.rangeClosed(1, 8)
                .mapToObj(i -> new GoalDraft("Sprog og leg, del " + i, null, null, null)).toList(), dorte);
        List<Goal> goals = plans.goals(planId);
        List<PlanAction> made = new ArrayList<>();
        for (Goal goal : goals.subList(0, 7)) {
            made.add(actions.insert(goal, "Handling til mål " + goal.position(), dorte, TODAY.plusDays(goal.position()),
                    null, dorte));
        }
        assertThat(goalsOn(planCard(chat))).containsExactly(1, 2, 3, 4, 5);
        assertThat(text(lastCard(chat))).contains("Næste skridt: giv mål 8 en handling");

        actions.changeStatus(made.get(1), ActionStatus.FAERDIG, dorte, null);
        PlanAction seventh = made.get(6);
        assertThat(actions.edit(seventh, seventh.text(), dorte, TODAY.minusDays(3), null, dorte, null)).isTrue();
        assertThat(plans.close(goals.get(0).id())).isTrue();
        actions.insert(goals.get(7), "Handling til mål 8", dorte, TODAY.plusDays(30), null, dorte);

        JsonNode first = planCard(chat);
        assertThat(goalsOn(first)).as("overdue, then open, then closed and done").containsExactly(7, 3, 4, 5, 6);
        assertThat(text(first)).contains("Næste skridt: \"Handling til mål 7\" er over fristen")
                .doesNotContain("giv mål 8 en handling");
        JsonNode second = replacement(click(chat, "Dorte", pageButton(first, "Vis flere")));
        assertThat(goalsOn(second)).containsExactly(8, 1, 2);
        assertThat(jdbc.sql("SELECT action_count FROM plan_goal WHERE id = :g").param("g", goals.get(7).id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private JsonNode planCard(TeamsActivities chat) {
        bot().send(chat.message("Dorte", "handleplan"));
        return lastCard(chat);
    }

    private JsonNode lastCard(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    @Test
    void anEnglishTeamsPagesInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        planOf200(chat);
        bot().send(chat.message("Bo", "action plan"));
        JsonNode first = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(first)).contains("Page 1 of 40 · 200 goals in all", "… and 7 more overdue actions")
                .doesNotContain("Side ", "Vis flere", "mål mere");
        JsonNode second = replacement(click(chat, "Bo", pageButton(first, "Show more")));
        assertThat(titles(second)).contains("Show more (190 more goals)", "Back");
        assertThat(goalsOn(second)).containsExactly(196, 197, 198, 199, 200);
    }

    /** The goal numbers in the headings of the card's goals ("Mål 191: …" / "Goal 191: …"), in order. */
    private static List<Integer> goalsOn(JsonNode card) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode t : card.findValues("text")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:Mål|Goal) (\\d+): Sprog").matcher(t.asText());
            if (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    private static List<String> titles(JsonNode card) {
        return card.findValues("title").stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> goalChoices(JsonNode card) {
        List<JsonNode> choices = new ArrayList<>();
        for (JsonNode input : card.findParents("id")) {
            if ("goalId".equals(input.path("id").asText())) {
                input.path("choices").forEach(choices::add);
            }
        }
        return choices;
    }

    /** The data of the card's Action.Execute button whose title starts with {@code title}, as the card has it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageButton(JsonNode card, String title) {
        for (JsonNode action : card.findParents("verb")) {
            if ("Action.Execute".equals(action.path("type").asText()) && action.path("title").asText().startsWith(title)
                    && "actionplan.page".equals(action.path("verb").asText())) {
                return JSON.convertValue(action.path("data"), Map.class);
            }
        }
        throw new AssertionError("No button '" + title + "' on the card");
    }

    private String click(TeamsActivities chat, String user, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", "actionplan.page");
        return bot().send(chat.execute(user, "card", "actionplan.page", withVerb));
    }

    private static int bytes(JsonNode card) throws Exception {
        return JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
    }

    private byte[] get(String url) throws Exception {
        URI local = URI.create("http://localhost:" + port + URI.create(url).getRawPath());
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(local).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
