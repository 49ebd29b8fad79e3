package dk.kernebot.actionplan;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The handleplan and plan_goal tables. */
@Component
class PlanStore {

    private static final String PLAN_COLUMNS = """
            id, conversation_id, tenant_id, session_id, export_token, created_by_id, created_by_name, created_at,
            updated_at""";
    private static final String GOAL_COLUMNS = """
            id, plan_id, position, text, agenda_point, quality_type, capital, session_id, created_by_name, created_at,
            closed_at""";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final GoalStanding standing;

    PlanStore(JdbcClient jdbc, Clock clock, GoalStanding standing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.standing = standing;
    }

    /** The conversation's plan, created now if it has none; two first goals at once still make one plan. */
    Plan ensure(String conversationId, String tenantId, String sessionId, UserRef by) {
        long now = clock.millis();
        jdbc.sql("INSERT INTO handleplan (" + PLAN_COLUMNS + ") VALUES (:id, :c, :tenant, :session, :token, :by, "
                        + ":byName, :now, :now) ON CONFLICT (conversation_id) DO NOTHING")
                .param("id", UUID.randomUUID().toString()).param("c", conversationId).param("tenant", tenantId)
                .param("session", sessionId).param("token", newToken())
                .param("by", by == null ? null : by.id()).param("byName", by == null ? null : by.name())
                .param("now", now)
                .update();
        return forConversation(conversationId).orElseThrow();
    }

    Optional<Plan> forConversation(String conversationId) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM handleplan WHERE conversation_id = :c")
                .param("c", conversationId).query(Plan.class).optional();
    }

    Optional<Plan> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM handleplan WHERE id = :id").param("id", id)
                .query(Plan.class).optional();
    }

    Optional<Plan> byToken(String token) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM handleplan WHERE export_token = :t").param("t", token)
                .query(Plan.class).optional();
    }

    List<Plan> all() {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM handleplan ORDER BY created_at").query(Plan.class).list();
    }

    void touch(String planId) {
        jdbc.sql("UPDATE handleplan SET updated_at = :now WHERE id = :id").param("now", clock.millis())
                .param("id", planId).update();
    }

    /** Appends a goal; its number is one more than the plan's highest. */
    Goal addGoal(String planId, String text, String agendaPoint, String qualityType, String capital,
                 String sessionId, String byName) {
        return addGoal(planId, text, agendaPoint, qualityType, capital, sessionId, byName, null).orElseThrow();
    }

    /**
     * The same, from a source that may hand the goal over more than once (a session's end): a goal whose
     * {@code sourceKey} the plan already has is not added again, and the answer is empty.
     */
    Optional<Goal> addGoal(String planId, String text, String agendaPoint, String qualityType, String capital,
                           String sessionId, String byName, String sourceKey) {
        String id = UUID.randomUUID().toString();
        // "WHERE" before "ON CONFLICT" also keeps SQLite from reading the conflict clause as a join's ON.
        int added = jdbc.sql("INSERT INTO plan_goal (" + GOAL_COLUMNS + ", source_key) SELECT :id, :plan, "
                        + "COALESCE(MAX(position), 0) + 1, :text, :agenda, :quality, :capital, :session, :by, :now, NULL, "
                        + ":source FROM plan_goal WHERE plan_id = :plan ON CONFLICT (plan_id, source_key) DO NOTHING")
                .param("id", id).param("plan", planId).param("text", text).param("agenda", agendaPoint)
                .param("quality", qualityType).param("capital", capital).param("session", sessionId)
                .param("by", byName).param("now", clock.millis()).param("source", sourceKey)
                .update();
        if (added == 0) {
            return Optional.empty();
        }
        touch(planId);
        return goal(id);
    }

    /** @return false when the goal was already closed (someone else closed it first) */
    boolean close(String goalId) {
        boolean closed = jdbc.sql("UPDATE plan_goal SET closed_at = :now WHERE id = :id AND closed_at IS NULL")
                .param("now", clock.millis()).param("id", goalId).update() == 1;
        if (closed) {
            standing.refresh(goalId);
        }
        return closed;
    }

    /** @return false when the goal's text was no longer {@code from} (someone else changed it first) */
    boolean reword(String goalId, String from, String to) {
        return jdbc.sql("UPDATE plan_goal SET text = :to WHERE id = :id AND text = :from")
                .param("to", to).param("from", from).param("id", goalId).update() == 1;
    }

    Optional<Goal> goal(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + GOAL_COLUMNS + " FROM plan_goal WHERE id = :id").param("id", id)
                .query(Goal.class).optional();
    }

    List<Goal> goals(String planId) {
        return jdbc.sql("SELECT " + GOAL_COLUMNS + " FROM plan_goal WHERE plan_id = :p ORDER BY position")
                .param("p", planId).query(Goal.class).list();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
