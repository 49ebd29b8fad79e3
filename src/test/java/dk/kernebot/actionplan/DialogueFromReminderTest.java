package dk.kernebot.actionplan;

import static dk.kernebot.actionplan.PlanFixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.outbox.OutboxDispatcher;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly reminder a leader gets ahead of the dialogsamtale has "Start dialogsamtalen i chatten": one click in
 * the personal chat starts it in the chat the handleplan belongs to, with the leader as ordstyrer. Someone who is not
 * the chat's leader starts nothing, and a second click posts no second dialogsamtale.
 */
class DialogueFromReminderTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpPlanner planner;
    @Autowired
    OutboxDispatcher sender;

    private Instant start;

    @BeforeEach
    void rememberTheClock() {
        start = clock.instant();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    @Test
    void theYearlyReminderStartsTheDialogueInTheTeamsChat() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Fenja"));
        bot().send(chat.message("Anne", "mål Alle børn hører højtlæsning hver dag"));
        String fenja = FakeConnector.personalChatFor(TeamsActivities.userId("Fenja"));

        clock.set(Instant.parse("2027-11-09T08:30:00Z")); // two weeks before the plan's first year is up
        planner.planAll();
        sender.dispatchDue();
        List<Sent> yearly = connector.postedTo(fenja).stream().filter(s -> s.allText().contains("Årlig dialogsamtale"))
                .toList();
        assertThat(yearly).hasSize(1);
        JsonNode card = yearly.get(0).card();
        assertThat(yearly.get(0).allText()).contains("Start dialogsamtalen i chatten");
        JsonNode data = card.findValues("data").stream()
                .filter(d -> "actionplan.dialogue.start".equals(d.path("verb").asText())).findFirst().orElseThrow();
        Map<String, Object> click = Map.of("verb", "actionplan.dialogue.start", "planId", data.path("planId").asText());
        TeamsActivities personal = personal();

        // Bo is not the chat's leader: nothing starts.
        assertThat(notice(bot().send(personal.execute("Bo", "card", "actionplan.dialogue.start", click))))
                .contains("Kun lederne af chatten med handleplanen kan starte dialogsamtalen");
        assertThat(sessions(chat)).isZero();

        String answer = bot().send(personal.execute("Fenja", "card", "actionplan.dialogue.start", click));
        assertThat(notice(answer)).contains("Dialogsamtalen er startet i chatten med handleplanen", "du er ordstyrer");
        sender.dispatchDue();
        JsonNode first = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Dialogsamtale",
                "Trin 1 af 5: Roller", "Ordstyrer: Fenja");
        assertThat(first.findValues("sessionId")).isNotEmpty();
        assertThat(jdbc.sql("SELECT facilitator_name FROM guided_session WHERE conversation_id = :c AND process_id = "
                + "'dialogsamtale'").param("c", chat.conversationId()).query(String.class).single()).isEqualTo("Fenja");

        // The same click again: the dialogsamtale is already open, and nothing new is posted in the chat.
        int posted = connector.postedTo(chat.conversationId()).size();
        bot().send(personal.execute("Fenja", "card", "actionplan.dialogue.start", click));
        sender.dispatchDue();
        assertThat(sessions(chat)).isEqualTo(1);
        assertThat(connector.postedTo(chat.conversationId())).hasSize(posted);
    }

    private int sessions(TeamsActivities chat) {
        return jdbc.sql("SELECT count(*) FROM guided_session WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(Integer.class).single();
    }
}
