package dk.kernebot.questions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.institution.LedScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The question table. State changes are conditional updates, so two leaders clicking at once cannot both win. */
@Component
class QuestionStore {

    private static final String COLUMNS = """
            id, conversation_id, thread_id, tenant_id, text, asked_by_id, asked_by_name, source, source_context,
            status, assigned_to_id, assigned_to_name, answer, handled_by_name, handled_at, reminders_sent, created_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    QuestionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String insert(ChatContext context, RaisedQuestion question, long firstReminderAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO question (id, conversation_id, thread_id, team_id, tenant_id, text, asked_by_id,
                                      asked_by_aad_id, asked_by_name, source, source_ref, source_context, status,
                                      next_reminder_at, reminders_sent, created_at)
                VALUES (:id, :conversation, :thread, :team, :tenant, :text, :by, :byAad, :byName, :source, :ref,
                        :context, 'OPEN', :reminder, 0, :now)
                """)
                .param("id", id)
                .param("conversation", context.conversationId())
                .param("thread", context.threadId())
                .param("team", context.teamId())
                .param("tenant", context.tenantId())
                .param("text", question.text())
                .param("by", context.user().id())
                .param("byAad", context.user().aadObjectId())
                .param("byName", context.user().name())
                .param("source", question.source().name())
                .param("ref", question.sourceRef())
                .param("context", question.sourceContext())
                .param("reminder", firstReminderAt)
                .param("now", clock.millis())
                .update();
        return id;
    }

    Optional<Question> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE id = :id").param("id", id).query(Question.class).optional();
    }

    List<Question> inConversation(String conversationId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE conversation_id = :c ORDER BY created_at DESC, id LIMIT :l")
                .param("c", conversationId).param("l", limit).query(Question.class).list();
    }

    List<Question> answeredSince(String conversationId, long since, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE conversation_id = :c AND status = 'ANSWERED' "
                        + "AND handled_at >= :since ORDER BY handled_at, id LIMIT :l")
                .param("c", conversationId).param("since", since).param("l", limit).query(Question.class).list();
    }

    /** The conversations of this scope (linked by their own id, or a channel of a linked team) with a question waiting. */
    List<String> conversationsWaitingIn(LedScope scope) {
        List<String> where = new ArrayList<>();
        if (!scope.conversationIds().isEmpty()) {
            where.add("conversation_id IN (:c)");
        }
        if (!scope.teamIds().isEmpty()) {
            where.add("team_id IN (:t)");
        }
        if (where.isEmpty()) {
            return List.of();
        }
        var query = jdbc.sql("SELECT DISTINCT conversation_id FROM question WHERE status IN ('OPEN', 'INVESTIGATING') "
                + "AND (" + String.join(" OR ", where) + ")");
        if (!scope.conversationIds().isEmpty()) {
            query = query.param("c", scope.conversationIds());
        }
        if (!scope.teamIds().isEmpty()) {
            query = query.param("t", scope.teamIds());
        }
        return query.query(String.class).list();
    }

    private static final String WAITING = " FROM question WHERE status IN ('OPEN', 'INVESTIGATING') "
            + "AND conversation_id IN (:c) AND (assigned_to_id IS NULL OR assigned_to_id IN (:me))";

    /** How many questions wait in these conversations for no one in particular or for one of these leader keys. */
    int countWaiting(Collection<String> conversationIds, Collection<String> leaderKeys) {
        if (conversationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*)" + WAITING).param("c", conversationIds).param("me", leaderKeys)
                .query(Integer.class).single();
    }

    /** One page of those questions, oldest first. */
    List<Question> waiting(Collection<String> conversationIds, Collection<String> leaderKeys, int limit, int offset) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + WAITING + " ORDER BY created_at, id LIMIT :l OFFSET :o")
                .param("c", conversationIds).param("me", leaderKeys).param("l", limit).param("o", offset)
                .query(Question.class).list();
    }

    /** Open questions that no leader was told about (there was none when they were asked), oldest first. */
    private static final String UNNOTIFIED = "SELECT " + COLUMNS + " FROM question WHERE status = 'OPEN' "
            + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key LIKE 'question:' || question.id || ':notify:%') ";

    /** ... anywhere: for the sweep that finds conversations which have got leaders since. */
    List<Question> unnotified() {
        return jdbc.sql(UNNOTIFIED + "ORDER BY created_at LIMIT 500").query(Question.class).list();
    }

    /** ... in one conversation: for a leader just set there. */
    List<Question> unnotified(String conversationId) {
        return jdbc.sql(UNNOTIFIED + "AND conversation_id = :c ORDER BY created_at")
                .param("c", conversationId).query(Question.class).list();
    }

    boolean transition(String id, List<QuestionStatus> from, QuestionStatus to, String byName, String answer) {
        return jdbc.sql("UPDATE question SET status = :to, handled_by_name = :by, handled_at = :at, answer = :answer, "
                        + "next_reminder_at = CASE WHEN :to IN ('ANSWERED', 'REJECTED') THEN NULL ELSE next_reminder_at END "
                        + "WHERE id = :id AND status IN (:from)")
                .param("to", to.name())
                .param("by", byName)
                .param("at", clock.millis())
                .param("answer", answer)
                .param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    boolean assign(String id, String userId, String name) {
        return jdbc.sql("UPDATE question SET assigned_to_id = :u, assigned_to_name = :n "
                        + "WHERE id = :id AND status IN ('OPEN', 'INVESTIGATING')")
                .param("u", userId).param("n", name).param("id", id).update() == 1;
    }

    List<Question> dueReminders(long now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM question WHERE next_reminder_at <= :now "
                        + "AND status IN ('OPEN', 'INVESTIGATING') ORDER BY next_reminder_at")
                .param("now", now).query(Question.class).list();
    }

    /** Moves the reminder on; false if another sender already did (the reminder is sent by one only). */
    boolean advanceReminder(Question question, long next) {
        return jdbc.sql("UPDATE question SET next_reminder_at = :next, reminders_sent = reminders_sent + 1 "
                        + "WHERE id = :id AND reminders_sent = :sent")
                .param("next", next).param("id", question.id()).param("sent", question.remindersSent()).update() == 1;
    }
}
