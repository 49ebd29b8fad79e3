package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.kernebot.chat.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan_action and plan_action_history tables. A status change is a conditional update from the status the
 * clicker saw, so two people answering at once cannot both win and the history never skips a step.
 */
@Component
class ActionStore {

    private static final String COLUMNS = """
            id, plan_id, goal_id, text, owner_id, owner_aad_id, owner_name, due_date, cadence_days, status,
            escalated_due, scheduled_from, created_by_name, created_at, updated_at, version""";
    /** The action's place in its plan (V202): actions agreed in one millisecond would otherwise have no order. */
    private static final String NEXT_SEQ = "(SELECT COALESCE(MAX(seq), 0) + 1 FROM plan_action WHERE plan_id = :plan)";
    private static final String HISTORY_COLUMNS = "id, action_id, kind, old_status, new_status, by_id, by_name, comment, at, "
            + "old_value, new_value";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final GoalStanding standing;

    ActionStore(JdbcClient jdbc, Clock clock, GoalStanding standing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.standing = standing;
    }

    PlanAction insert(Goal goal, String text, UserRef owner, LocalDate due, Integer cadenceDays, UserRef by) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        jdbc.sql("INSERT INTO plan_action (" + COLUMNS + ", seq) VALUES (:id, :plan, :goal, :text, :owner, :ownerAad, "
                        + ":ownerName, :due, :cadence, 'IKKE_STARTET', NULL, :now, :by, :now, :now, 0, " + NEXT_SEQ + ")")
                .param("id", id).param("plan", goal.planId()).param("goal", goal.id()).param("text", text)
                .param("owner", owner.id()).param("ownerAad", owner.aadObjectId()).param("ownerName", owner.name())
                .param("due", due.toString()).param("cadence", cadenceDays).param("by", by.name()).param("now", now)
                .update();
        history(id, HistoryEntry.CREATED, null, ActionStatus.IKKE_STARTET, by, null);
        standing.refresh(goal.id());
        return find(id).orElseThrow();
    }

    /**
     * An action made from {@code sourceId} (a boble of a session), unless one was made from it already: the unique
     * index on source_id decides, so two forms sent at once still make one. Empty when it was there.
     */
    Optional<PlanAction> insertOnce(String sourceId, Goal goal, String text, UserRef owner, LocalDate due, UserRef by) {
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        int inserted = jdbc.sql("INSERT INTO plan_action (" + COLUMNS + ", source_id, seq) VALUES (:id, :plan, :goal, "
                        + ":text, :owner, :ownerAad, :ownerName, :due, NULL, 'IKKE_STARTET', NULL, :now, :by, :now, :now, 0, "
                        + ":source, " + NEXT_SEQ + ") "
                        + "ON CONFLICT (source_id) DO NOTHING")
                .param("id", id).param("plan", goal.planId()).param("goal", goal.id()).param("text", text)
                .param("owner", owner.id()).param("ownerAad", owner.aadObjectId()).param("ownerName", owner.name())
                .param("due", due.toString()).param("by", by.name()).param("now", now).param("source", sourceId)
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        history(id, HistoryEntry.CREATED, null, ActionStatus.IKKE_STARTET, by, null);
        standing.refresh(goal.id());
        return find(id);
    }

    /** The actions made from these sources, by source. */
    java.util.Map<String, PlanAction> fromSources(java.util.Collection<String> sourceIds) {
        java.util.Map<String, PlanAction> found = new java.util.HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT source_id, id FROM plan_action WHERE source_id IN (:ids)").param("ids", List.copyOf(sourceIds))
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).list()
                .forEach(pair -> find(pair[1]).ifPresent(action -> found.put(pair[0], action)));
        return found;
    }

    Optional<PlanAction> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_action WHERE id = :id").param("id", id)
                .query(PlanAction.class).optional();
    }

    List<PlanAction> inPlan(String planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_action WHERE plan_id = :p ORDER BY due_date, seq, id")
                .param("p", planId).query(PlanAction.class).list();
    }

    /** The people who own the plan's actions, each once (at most {@code limit}): not every action to find them. */
    List<UserRef> owners(String planId, int limit) {
        return jdbc.sql("SELECT owner_id, MAX(owner_aad_id) AS aad, MAX(owner_name) AS name FROM plan_action "
                        + "WHERE plan_id = :p GROUP BY owner_id ORDER BY owner_id LIMIT :n")
                .param("p", planId).param("n", limit)
                .query((rs, i) -> new UserRef(rs.getString("owner_id"), rs.getString("aad"), rs.getString("name")))
                .list();
    }

    List<PlanAction> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_action WHERE status NOT IN ('FAERDIG', 'OPGIVET') "
                        + "ORDER BY due_date, id")
                .query(PlanAction.class).list();
    }

    /** @return false if the action was no longer the version read (someone else changed it first) */
    boolean changeStatus(PlanAction action, ActionStatus to, UserRef by, String comment) {
        boolean changed = jdbc.sql("UPDATE plan_action SET status = :to, updated_at = :now, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("to", to.name()).param("now", clock.millis()).param("id", action.id())
                .param("version", action.version())
                .update() == 1;
        if (changed) {
            history(action.id(), HistoryEntry.STATUS, action.status(), to, by, comment);
            standing.refresh(action.goalId());
        }
        return changed;
    }

    /**
     * A new due date starts the reminders afresh (from now), so stages before the change are not sent late. The
     * history gets one entry per value that changed (text, owner, due date, cadence), the comment on the first; an
     * edit that changed nothing but had a comment is kept as an edit with its comment.
     *
     * @return false if the action was no longer the version read (someone else changed it first): nothing is saved
     */
    boolean edit(PlanAction action, String text, UserRef owner, LocalDate due, Integer cadenceDays, UserRef by, String comment) {
        long now = clock.millis();
        boolean newDue = !due.equals(action.due());
        boolean saved = jdbc.sql("UPDATE plan_action SET text = :text, owner_id = :owner, owner_aad_id = :ownerAad, "
                        + "owner_name = :ownerName, due_date = :due, cadence_days = :cadence, updated_at = :now, "
                        + "version = version + 1" + (newDue ? ", scheduled_from = :now" : "")
                        + " WHERE id = :id AND version = :version")
                .param("text", text).param("owner", owner.id()).param("ownerAad", owner.aadObjectId())
                .param("ownerName", owner.name()).param("due", due.toString()).param("cadence", cadenceDays)
                .param("now", now).param("id", action.id()).param("version", action.version())
                .update() == 1;
        if (!saved) {
            return false;
        }
        if (newDue) {
            standing.refresh(action.goalId());
        }
        List<String[]> changes = new ArrayList<>();
        if (!text.equals(action.text())) {
            changes.add(new String[] {HistoryEntry.TEXT, action.text(), text});
        }
        if (!owner.id().equals(action.ownerId())) {
            changes.add(new String[] {HistoryEntry.OWNER, action.owner().displayName(), owner.displayName()});
        }
        if (newDue) {
            changes.add(new String[] {HistoryEntry.DUE, action.dueDate(), due.toString()});
        }
        if (!Objects.equals(cadenceDays, action.cadenceDays())) {
            changes.add(new String[] {HistoryEntry.CADENCE, action.cadenceDays() == null ? null : action.cadenceDays().toString(),
                    cadenceDays == null ? null : cadenceDays.toString()});
        }
        if (changes.isEmpty()) {
            history(action.id(), HistoryEntry.EDITED, action.status(), action.status(), by, comment);
            return true;
        }
        for (int i = 0; i < changes.size(); i++) {
            String[] change = changes.get(i);
            history(action.id(), change[0], action.status(), action.status(), by, i == 0 ? comment : null,
                    change[1], change[2]);
        }
        return true;
    }

    void history(String actionId, String kind, ActionStatus from, ActionStatus to, UserRef by, String comment) {
        history(actionId, kind, from, to, by, comment, null, null);
    }

    private void history(String actionId, String kind, ActionStatus from, ActionStatus to, UserRef by, String comment,
                         String oldValue, String newValue) {
        jdbc.sql("INSERT INTO plan_action_history (" + HISTORY_COLUMNS + ", seq) SELECT :id, :a, :kind, :old, :new, "
                        + ":by, :byName, :comment, :at, :oldValue, :newValue, COALESCE(MAX(seq), 0) + 1 "
                        + "FROM plan_action_history WHERE action_id = :a")
                .param("oldValue", oldValue).param("newValue", newValue)
                .param("id", UUID.randomUUID().toString()).param("a", actionId).param("kind", kind)
                .param("old", from == null ? null : from.name()).param("new", to == null ? null : to.name())
                .param("by", by == null ? null : by.id()).param("byName", by == null ? null : by.name())
                .param("comment", comment == null || comment.isBlank() ? null : comment.strip())
                .param("at", clock.millis())
                .update();
    }

    /**
     * The newest {@code limit} changes of an action, oldest of them first: what its card shows, read through the
     * (action_id, seq) key however long the history has grown.
     */
    List<HistoryEntry> latestHistory(String actionId, int limit) {
        List<HistoryEntry> newest = new ArrayList<>(jdbc.sql("SELECT " + HISTORY_COLUMNS + " FROM plan_action_history "
                        + "WHERE action_id = :a ORDER BY seq DESC LIMIT :n")
                .param("a", actionId).param("n", limit).query(HistoryEntry.class).list());
        java.util.Collections.reverse(newest);
        return newest;
    }

    int historyCount(String actionId) {
        return jdbc.sql("SELECT count(*) FROM plan_action_history WHERE action_id = :a").param("a", actionId)
                .query(Integer.class).single();
    }

    /** Every action's whole history in a plan, each oldest first, in one query: the export's full record. */
    Map<String, List<HistoryEntry>> historyOfPlan(String planId) {
        return jdbc.sql("SELECT " + HISTORY_COLUMNS.replaceAll("(\\w+)", "h.$1") + " FROM plan_action_history h "
                        + "JOIN plan_action a ON a.id = h.action_id WHERE a.plan_id = :p ORDER BY h.action_id, h.seq")
                .param("p", planId).query(HistoryEntry.class).list().stream()
                .collect(Collectors.groupingBy(HistoryEntry::actionId, LinkedHashMap::new, Collectors.toList()));
    }

    /** @return true for exactly one caller per action and due date: the escalation is raised once */
    boolean markEscalated(PlanAction action) {
        return jdbc.sql("UPDATE plan_action SET escalated_due = :due WHERE id = :id "
                        + "AND (escalated_due IS NULL OR escalated_due <> :due)")
                .param("due", action.dueDate()).param("id", action.id()).update() == 1;
    }
}
