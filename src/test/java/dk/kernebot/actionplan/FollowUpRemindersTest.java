package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.PlanFixtures.notice;
import static dk.kernebot.actionplan.PlanFixtures.postedAnywhere;
import static dk.kernebot.actionplan.PlanFixtures.replacement;
import static dk.kernebot.actionplan.PlanFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.outbox.OutboxClaims;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.support.UniqueWords;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-up reminders with a moving clock: before, on and after the due date, only inside the working window;
 * answers from the reminder card; help and long overdue actions reach the leader; the yearly and biennial leader
 * reminders; and a restart between claim and send.
 */
class FollowUpRemindersTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpPlanner planner;
    @Autowired
    OutboxDispatcher sender;
    @Autowired
    OutboxClaims claims;

    private Instant start;

    /** Other tests move the shared clock too; these start on the Monday the test clock starts on. */
    @BeforeEach
    void rememberTheClock() {
        start = clock.instant();
        at("2026-11-23T08:00:00Z");
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    @Test
    void remindersComeBeforeOnAndAfterTheDueDateInsideTheWindow() {
        TeamsActivities chat = groupChat();
        String action = "Sprogkufferter " + UniqueWords.next();
        addAction(chat, action, "Bo", "1. marts 2027");

        at("2027-02-23T11:00:00Z"); // Tuesday: four working days before Monday 1 March, too early
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action)).isEmpty();

        at("2027-02-24T04:30:00Z"); // Wednesday 05:30 in Denmark: the day has come, the window has not
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action)).isEmpty();

        at("2027-02-24T07:00:00Z"); // 08:00
        sender.dispatchDue();
        List<Sent> before = reminders(action);
        assertThat(before).hasSize(2);
        assertThat(before).filteredOn(s -> s.path().contains(chat.conversationId())).hasSize(1)
                .first().satisfies(s -> assertThat(s.allText()).contains("Påmindelse · fristen er 1. marts 2027",
                        "Bo, hvordan går det?", "På sporet", "Forsinket", "Færdig", "Brug for hjælp"));
        assertThat(before).filteredOn(s -> !s.path().contains(chat.conversationId())).as("Bo's 1:1 copy").hasSize(1);
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action)).as("asking again queues nothing new").hasSize(2);

        at("2027-03-01T07:30:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action, "Fristen er nået · 1. marts 2027")).hasSize(2);

        at("2027-03-02T07:30:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action, "Over fristen · fristen var 1. marts 2027")).hasSize(2);

        at("2027-03-05T09:00:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action, "Over fristen")).as("weekly, not daily").hasSize(2);
        at("2027-03-09T09:00:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action, "Over fristen")).hasSize(4);
    }

    @Test
    void aReminderDueOnASaturdayWaitsForMondayAndNoneComesAtEaster() {
        TeamsActivities chat = groupChat();
        String saturday = "Lørdagsting " + UniqueWords.next();
        String easter = "Påsketing " + UniqueWords.next();
        addAction(chat, saturday, "Bo", "6. marts 2027");
        addAction(chat, easter, "Bo", "25. marts 2027");

        at("2027-03-06T09:00:00Z"); // Saturday 10:00
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(saturday, "Fristen er nået")).isEmpty();
        assertThat(jdbc.sql("SELECT next_attempt_at FROM outbox WHERE dedupe_key LIKE :k")
                .param("k", "followup:" + actionId(saturday) + ":2027-03-06:due:group").query(Long.class).single())
                .isEqualTo(Instant.parse("2027-03-08T07:00:00Z").toEpochMilli());
        at("2027-03-08T06:59:00Z");
        sender.dispatchDue();
        assertThat(reminders(saturday, "Fristen er nået")).isEmpty();
        at("2027-03-08T07:00:00Z"); // Monday 08:00
        sender.dispatchDue();
        assertThat(reminders(saturday, "Fristen er nået")).hasSize(2);
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(saturday, "Over fristen")).as("not on the Monday that brought the due-day reminder").isEmpty();
        at("2027-03-09T07:00:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(saturday, "Over fristen · fristen var 6. marts 2027")).hasSize(2);

        at("2027-03-25T09:00:00Z"); // skærtorsdag
        planner.planAll();
        sender.dispatchDue();
        at("2027-03-26T09:00:00Z"); // langfredag
        planner.planAll();
        sender.dispatchDue();
        at("2027-03-29T09:00:00Z"); // 2. påskedag
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(easter, "Fristen er nået")).isEmpty();
        at("2027-03-30T06:00:00Z"); // Tuesday after Easter, 08:00 summer time
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(easter, "Fristen er nået")).as("the due-day reminder, sent once the window opened").hasSize(2);
        assertThat(reminders(easter, "Over fristen")).as("not also an overdue one at the same time").isEmpty();
    }

    @Test
    void theStatusButtonsOnAReminderUpdateItInPlaceForTheOwnerOrALeaderOnly() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lone"));
        String action = "Forældremøde " + UniqueWords.next();
        addAction(chat, action, "Bo", "1. marts 2027");
        String actionId = actionId(action);
        at("2027-02-24T08:00:00Z");
        planner.planAll();
        sender.dispatchDue();
        JsonNode card = reminders(action).stream().filter(s -> s.path().contains(chat.conversationId()))
                .findFirst().orElseThrow().card();
        String key = card.findValue("reminderKey").asText();

        String refused = answer(chat, "Carla", key, actionId, "DONE", "Klaret");
        assertThat(notice(refused)).contains("Kun den ansvarlige (Bo)", "Intet er ændret");
        assertThat(status(actionId)).isEqualTo("IKKE_STARTET");

        JsonNode updated = replacement(answer(chat, "Bo", key, actionId, "ON_TRACK", "Vi er i gang"));
        assertThat(text(updated)).contains("Bo svarede \"på sporet\"", "Status: I gang", "\"Vi er i gang\"")
                .doesNotContain("Brug for hjælp");
        assertThat(status(actionId)).isEqualTo("I_GANG");
        assertThat(jdbc.sql("SELECT by_name || ':' || old_status || '>' || new_status || ':' || comment FROM plan_action_history "
                + "WHERE action_id = :a AND kind = 'STATUS'").param("a", actionId).query(String.class).list())
                .containsExactly("Bo:IKKE_STARTET>I_GANG:Vi er i gang");

        // The 1:1 copy of the same reminder, clicked afterwards: nothing changes, and the stale copy (old status,
        // buttons) becomes the answered card, so it says who answered and what the status is now.
        String again = bot().send(personal().execute("Bo", "card", "followup.answer",
                Map.of("verb", "followup.answer", "reminderKey", key, "actionId", actionId, "answer", "DONE")));
        JsonNode stale = replacement(again);
        assertThat(stale).as("the stale copy is replaced, not answered with a notice").isNotNull();
        assertThat(text(stale)).contains("Bo svarede \"på sporet\"", "Status: I gang", "\"Vi er i gang\"", "I gang")
                .doesNotContain("Færdig", "Brug for hjælp", "Ikke startet");
        assertThat(status(actionId)).isEqualTo("I_GANG");

        // A leader answers the next reminder: done. What was still waiting for the window is withdrawn.
        at("2027-02-28T10:00:00Z"); // Sunday: the due-day reminder is planned but waits
        at("2027-03-01T05:00:00Z"); // Monday 06:00
        planner.planAll();
        assertThat(pending(actionId)).isEqualTo(2);
        at("2027-03-01T07:00:00Z");
        sender.dispatchDue();
        JsonNode due = reminders(action, "Fristen er nået").stream().filter(s -> s.path().contains(chat.conversationId()))
                .findFirst().orElseThrow().card();
        JsonNode done = replacement(answer(chat, "Lone", due.findValue("reminderKey").asText(), actionId, "DONE", null));
        assertThat(text(done)).contains("Lone meldte handlingen færdig", "Status: Færdig");
        assertThat(status(actionId)).isEqualTo("FAERDIG");
        at("2027-03-02T09:00:00Z");
        planner.planAll();
        assertThat(pending(actionId)).isZero();
        sender.dispatchDue();
        assertThat(reminders(action, "Over fristen")).isEmpty();
    }

    @Test
    void needHelpAndLongOverdueActionsReachTheLeader() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lis"));
        String help = "Legepladsen " + UniqueWords.next();
        String late = "Overgangssamtaler " + UniqueWords.next();
        addAction(chat, help, "Bo", "1. marts 2027");
        addAction(chat, late, "Carla", "1. februar 2027");
        String lis = FakeConnector.personalChatFor(TeamsActivities.userId("Lis"));

        // 1 February + 14 days; the escalation waits for the working window and comes once.
        at("2027-02-14T09:00:00Z"); // a Sunday, and 13 days
        planner.planAll();
        assertThat(questionsAbout(actionId(late))).isZero();
        at("2027-02-15T05:00:00Z"); // Monday 06:00: 14 days, but before the window
        planner.planAll();
        assertThat(questionsAbout(actionId(late))).isZero();
        at("2027-02-15T07:30:00Z");
        planner.planAll();
        planner.planAll();
        sender.dispatchDue();
        assertThat(questionsAbout(actionId(late))).isEqualTo(1);
        assertThat(connector.postedTo(lis)).extracting(Sent::allText)
                .anySatisfy(t -> assertThat(t).contains(late, "14 dage over fristen", "Ansvarlig: Carla", "Fra handleplanen"));

        at("2027-02-24T08:00:00Z");
        planner.planAll();
        sender.dispatchDue();
        JsonNode card = reminders(help).get(0).card();

        JsonNode asked = replacement(answer(chat, "Bo", card.findValue("reminderKey").asText(), actionId(help), "HELP",
                "Vi mangler materialer"));
        assertThat(text(asked)).contains("Bo bad om hjælp", "Lederen har fået spørgsmålet", "\"Vi mangler materialer\"");
        sender.dispatchDue();
        assertThat(connector.postedTo(lis)).extracting(Sent::allText)
                .anySatisfy(t -> assertThat(t).contains("Bo beder om hjælp til handlingen", help, "Vi mangler materialer"));
        assertThat(questionsAbout(actionId(help))).isEqualTo(1);
        assertThat(status(actionId(help))).as("asking for help changes no status").isEqualTo("IKKE_STARTET");
        assertThat(questionsAbout(actionId(late))).as("still once").isEqualTo(1);
    }

    @Test
    void leadersHearOfTheYearlyDialogueAndTheQualityConversationEverySecondYear() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Freja"));
        String action = "Sprogindsats " + UniqueWords.next();
        addAction(chat, action, "Bo", "1. marts 2027"); // the plan is made on 23 November 2026
        String freja = FakeConnector.personalChatFor(TeamsActivities.userId("Freja"));

        at("2027-11-08T09:00:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(connector.postedTo(freja)).noneMatch(s -> s.allText().contains("dialogsamtale"));

        at("2027-11-09T08:30:00Z"); // 14 days ahead of the first anniversary
        planner.planAll();
        planner.planAll();
        sender.dispatchDue();
        List<Sent> yearly = connector.postedTo(freja).stream().filter(s -> s.allText().contains("Årlig dialogsamtale")).toList();
        assertThat(yearly).hasSize(1);
        assertThat(yearly.get(0).allText()).contains("omkring 23. november 2027", "Status: 1 mål og 1 handling",
                "Over fristen", action, "Hent som PDF");

        at("2028-11-09T08:30:00Z");
        planner.planAll();
        sender.dispatchDue();
        assertThat(connector.postedTo(freja)).filteredOn(s -> s.allText().contains("Kvalitetssamtale omkring 23. november 2028"))
                .hasSize(1);
        assertThat(connector.postedTo(freja)).filteredOn(s -> s.allText().contains("Årlig dialogsamtale")).hasSize(1);
    }

    @Test
    void aRestartBetweenClaimAndSendNeitherLosesNorDoublesAReminder() {
        TeamsActivities chat = groupChat();
        String action = "Genstart " + UniqueWords.next();
        // An owner of this test's own: Bo's 1:1 chat carries other tests' reminders too, and the per-chat rate limit
        // could hold this one back when they come due in the same dispatch.
        addAction(chat, action, "Ingrid", "1. marts 2027");
        at("2027-02-24T08:00:00Z");
        planner.planAll();

        // A sender claims the rows and dies before sending.
        assertThat(claims.claimDue(500)).extracting(r -> r.dedupeKey())
                .filteredOn(k -> k.startsWith("followup:" + actionId(action))).hasSize(2);
        sender.dispatchDue();
        planner.planAll();
        assertThat(reminders(action)).as("claimed by the dead sender").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE dedupe_key LIKE :k")
                .param("k", "followup:" + actionId(action) + ":%").query(Integer.class).single()).isEqualTo(2);

        // After the claim runs out, another sender (the restarted one) delivers them, once.
        clock.advance(Duration.ofMinutes(3));
        sender.dispatchDue();
        sender.dispatchDue();
        planner.planAll();
        sender.dispatchDue();
        assertThat(reminders(action)).hasSize(2);
    }

    private void addAction(TeamsActivities chat, String text, String owner, String due) {
        if (jdbc.sql("SELECT count(*) FROM handleplan WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(Integer.class).single() == 0) {
            bot().send(chat.message("Anne", "mål Sprog for alle børn"));
        }
        bot().send(chat.messageMentioning("Anne", "handling " + text + " ansvarlig frist " + due, owner));
        assertThat(connector.postedTo(chat.conversationId()).get(connector.postedTo(chat.conversationId()).size() - 1)
                .allText()).contains("Handlingen er tilføjet");
    }

    private String answer(TeamsActivities chat, String user, String key, String actionId, String answer, String comment) {
        Map<String, Object> data = new HashMap<>(Map.of("verb", "followup.answer", "reminderKey", key,
                "actionId", actionId, "answer", answer));
        if (comment != null) {
            data.put("comment", comment);
        }
        return bot().send(chat.execute(user, "card", "followup.answer", data));
    }

    private List<Sent> reminders(String actionText) {
        return postedAnywhere(connector, actionText).stream().filter(s -> s.allText().contains("hvordan går det")).toList();
    }

    private List<Sent> reminders(String actionText, String heading) {
        return reminders(actionText).stream().filter(s -> s.allText().contains(heading)).toList();
    }

    private String actionId(String text) {
        return jdbc.sql("SELECT id FROM plan_action WHERE text = :t").param("t", text).query(String.class).single();
    }

    private String status(String actionId) {
        return jdbc.sql("SELECT status FROM plan_action WHERE id = :id").param("id", actionId).query(String.class).single();
    }

    private int pending(String actionId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE dedupe_key LIKE :k AND status = 'PENDING'")
                .param("k", "followup:" + actionId + ":%").query(Integer.class).single();
    }

    private int questionsAbout(String actionId) {
        return jdbc.sql("SELECT count(*) FROM question WHERE source = 'ACTION_PLAN' AND source_ref = :a")
                .param("a", actionId).query(Integer.class).single();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
