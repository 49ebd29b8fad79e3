package dk.kernebot.privacy;

import static dk.kernebot.privacy.PrivacyFixtures.data;
import static dk.kernebot.privacy.PrivacyFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Map;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily job with a moving clock: the text of sent messages goes after a day (the rows stay), answered questions,
 * saved answers and finished sessions after four years, and nothing else: open questions, running sessions, the
 * handleplan and the conversation itself stay.
 */
class RetentionTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob retention;

    @Autowired
    OutboxDispatcher sender;

    @Autowired
    MeterRegistry metrics;

    @Test
    void eachKindGoesWhenItsPeriodIsOverAndNotBefore() {
        TeamsActivities chat = groupChat();
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Rikke"));
        bot().send(chat.message("Anne", "spørgsmål Hvornår holder vi sommerfest?"));
        bot().send(chat.message("Anne", "spørgsmål Hvem bestiller frugt?"));
        String answered = questionWith(chat, "sommerfest");
        String open = questionWith(chat, "frugt");
        sender.dispatchDue();
        bot().send(personal().execute("Rikke", "leader-card", "question.answer",
                map("verb", "question.answer", "questionId", answered, "answer", "Den 20. juni.")));
        sender.dispatchDue();
        bot().send(chat.message("Anne", "kort"));
        String drawId = data(connector.lastPostedTo(chat.conversationId()).card(), "drawId");
        bot().send(chat.execute("Bo", "card", "reflection.answer",
                map("verb", "reflection.answer", "drawId", drawId, "answer", "Vi leger mere ude.")));
        bot().send(chat.message("Anne", "mål Mere leg ude"));
        bot().send(chat.message("Anne", "start kerneopgave"));
        bot().send(chat.message("Anne", "afslut nu"));
        TeamsActivities running = groupChat();
        bot().send(running.message("Bo", "start kerneopgave"));
        assertThat(sentWithContent(chat)).isPositive();

        clock.advance(Duration.ofHours(23));
        retention.run();
        assertThat(sentWithContent(chat)).as("sent messages keep their text for a day").isPositive();

        clock.advance(Duration.ofHours(2));
        Map<String, Integer> afterADay = retention.run();
        assertThat(afterADay.get("outbox-sent")).isPositive();
        assertThat(sentWithContent(chat)).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE status = 'SENT' AND (conversation_id = :c OR via_conversation = :c)",
                chat)).as("the rows stay, so nothing is sent twice").isPositive();
        assertThat(questions(chat)).isEqualTo(2);
        assertThat(answers(chat)).isEqualTo(1);
        assertThat(sessions(chat)).isEqualTo(1);

        clock.set(ZonedDateTime.now(clock).plus(Period.ofYears(4)).minusDays(2).toInstant());
        retention.run();
        assertThat(questions(chat)).isEqualTo(2);
        assertThat(answers(chat)).isEqualTo(1);
        assertThat(sessions(chat)).isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        double before = metrics.counter("kernebot.retention.deleted", "kind", "answers").count();
        Map<String, Integer> afterFourYears = retention.run();

        assertThat(afterFourYears.get("answers")).isPositive();
        assertThat(afterFourYears.get("questions")).isPositive();
        assertThat(afterFourYears.get("sessions")).isPositive();
        assertThat(metrics.counter("kernebot.retention.deleted", "kind", "answers").count()).isGreaterThan(before);
        assertThat(jdbc.sql("SELECT id FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).list()).containsExactly(open);
        assertThat(answers(chat)).isZero();
        assertThat(count("SELECT count(*) FROM reflection_draw WHERE id = :d", drawId)).isZero();
        assertThat(sessions(chat)).isZero();
        assertThat(count("SELECT count(*) FROM session_participant p WHERE NOT EXISTS "
                + "(SELECT 1 FROM guided_session s WHERE s.id = p.session_id)", "")).isZero();
        assertThat(sessions(running)).as("a running session is not finished, so it stays").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM plan_goal g JOIN handleplan h ON h.id = g.plan_id "
                + "WHERE h.conversation_id = :c", chat)).as("the handleplan has no retention period").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM conversation WHERE id = :c", chat)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM conversation_leader WHERE conversation_id = :c", chat)).isEqualTo(1);

        Map<String, Integer> again = retention.run();
        assertThat(again.get("answers")).as("a second run finds nothing more").isZero();
        assertThat(again.get("questions")).isZero();
    }

    private String questionWith(TeamsActivities chat, String fragment) {
        return jdbc.sql("SELECT id FROM question WHERE conversation_id = :c AND text LIKE :t")
                .param("c", chat.conversationId()).param("t", "%" + fragment + "%").query(String.class).single();
    }

    private int sentWithContent(TeamsActivities chat) {
        return count("SELECT count(*) FROM outbox WHERE status = 'SENT' AND (conversation_id = :c OR via_conversation = :c) "
                + "AND (text IS NOT NULL OR card_json IS NOT NULL OR user_name IS NOT NULL)", chat);
    }

    private int questions(TeamsActivities chat) {
        return count("SELECT count(*) FROM question WHERE conversation_id = :c", chat);
    }

    private int answers(TeamsActivities chat) {
        return count("SELECT count(*) FROM reflection_answer WHERE conversation_id = :c", chat);
    }

    private int sessions(TeamsActivities chat) {
        return count("SELECT count(*) FROM guided_session WHERE conversation_id = :c", chat);
    }

    private int count(String sql, TeamsActivities chat) {
        return count(sql.replace(":d", ":c"), chat.conversationId());
    }

    private int count(String sql, String value) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":c")) {
            statement = statement.param("c", value);
        }
        if (sql.contains(":d")) {
            statement = statement.param("d", value);
        }
        return statement.query(Integer.class).single();
    }
}
