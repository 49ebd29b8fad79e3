package dk.kernebot.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * handleplan, plan_goal, plan_action, plan_action_history, followup_answer, plan_path_event, plan_goal_history,
 * plan_participant. The handleplan has no retention period
 * of its own: it is the conversation's living plan, kept while the conversation uses Kernebot (see README).
 */
@Component
@Order(40)
class PlanTables implements PersonalTables {

    private static final String PLAN_CONVERSATION = "(SELECT h.conversation_id FROM handleplan h WHERE h.id = %s.plan_id)";
    private static final String ACTION_CONVERSATION = "(SELECT h.conversation_id FROM plan_action a JOIN handleplan h "
            + "ON h.id = a.plan_id WHERE a.id = %s.action_id)";
    private static final String IN_THEIR_PLANS = "plan_id IN (SELECT id FROM handleplan WHERE conversation_id IN (:conversations))";
    private static final String OF_THEIR_ACTIONS = "action_id IN (SELECT a.id FROM plan_action a JOIN handleplan h "
            + "ON h.id = a.plan_id WHERE h.conversation_id IN (:conversations))";

    private final JdbcClient jdbc;
    private final Scrubber scrubber;

    PlanTables(JdbcClient jdbc, Scrubber scrubber) {
        this.jdbc = jdbc;
        this.scrubber = scrubber;
    }

    @Override
    public void findIds(Person person) {
        Rows.ids(jdbc, person, "SELECT owner_id, owner_aad_id FROM plan_action WHERE lower(owner_aad_id) = lower(:asked) OR owner_id = :asked");
    }

    @Override
    public void findTraces(Person person) {
        Rows.traces(jdbc, person, "SELECT created_by_name, conversation_id FROM handleplan WHERE created_by_id IN (:ids)",
                "SELECT a.owner_name, h.conversation_id FROM plan_action a "
                        + "JOIN handleplan h ON h.id = a.plan_id WHERE a.owner_id IN (:ids)",
                "SELECT x.by_name, h.conversation_id FROM plan_action_history x "
                        + "JOIN plan_action a ON a.id = x.action_id JOIN handleplan h ON h.id = a.plan_id WHERE x.by_id IN (:ids)",
                "SELECT e.by_name, h.conversation_id FROM plan_path_event e JOIN handleplan h ON h.id = e.plan_id "
                        + "WHERE e.by_id IN (:ids)");
    }

    @Override
    public void export(Person person, Map<String, Object> document) {
        Map<String, Object> p = person.params();
        document.put("handleplansStarted", Rows.export(jdbc, """
                SELECT conversation_id, created_by_name, created_at FROM handleplan WHERE created_by_id IN (:ids)""", p));
        document.put("handleplanGoals", Rows.export(jdbc, """
                SELECT h.conversation_id, g.position, g.text, g.agenda_point, g.created_by_name, g.created_at
                FROM plan_goal g JOIN handleplan h ON h.id = g.plan_id
                WHERE h.conversation_id IN (:conversations) AND g.created_by_name IN (:names) ORDER BY g.created_at""", p));
        document.put("handleplanActions", Rows.export(jdbc, """
                SELECT h.conversation_id, a.text, a.owner_name, a.due_date, a.status, a.created_by_name, a.created_at,
                       a.updated_at
                FROM plan_action a JOIN handleplan h ON h.id = a.plan_id
                WHERE a.owner_id IN (:ids) OR lower(a.owner_aad_id) IN (:aad)
                   OR h.conversation_id IN (:conversations) AND a.created_by_name IN (:names)
                ORDER BY a.created_at""", p));
        document.put("handleplanChanges", Rows.export(jdbc, """
                SELECT a.text AS action, x.kind, x.old_status, x.new_status, x.old_value, x.new_value, x.by_name,
                       x.comment, x.at
                FROM plan_action_history x JOIN plan_action a ON a.id = x.action_id
                WHERE x.by_id IN (:ids) ORDER BY x.at""", p));
        document.put("handleplanPath", Rows.export(jdbc, """
                SELECT h.conversation_id, e.stage, e.on_day, e.by_name, e.note, e.at
                FROM plan_path_event e JOIN handleplan h ON h.id = e.plan_id
                WHERE e.by_id IN (:ids) ORDER BY e.at""", p));
        document.put("followUpAnswers", Rows.export(jdbc, """
                SELECT a.text AS action, f.answer, f.by_name, f.comment, f.at
                FROM followup_answer f JOIN plan_action a ON a.id = f.action_id JOIN handleplan h ON h.id = a.plan_id
                WHERE h.conversation_id IN (:conversations) AND f.by_name IN (:names) ORDER BY f.at""", p));
    }

    @Override
    public void erase(Person person, Former former) {
        Map<String, Object> p = person.params();
        p.putAll(former.params());
        String plan = Former.nameIn("handleplan.conversation_id");
        jdbc.sql("UPDATE handleplan SET created_by_id = :formerId, created_by_name = " + plan
                + " WHERE created_by_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE handleplan SET created_by_name = " + plan
                + " WHERE conversation_id IN (:conversations) AND created_by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE plan_goal SET created_by_name = " + Former.nameIn(PLAN_CONVERSATION.formatted("plan_goal"))
                + " WHERE " + IN_THEIR_PLANS + " AND created_by_name IN (:names)").params(p).update();
        String action = Former.nameIn(PLAN_CONVERSATION.formatted("plan_action"));
        // The action stays in the plan, with the placeholder as its owner.
        jdbc.sql("UPDATE plan_action SET owner_id = :formerId, owner_aad_id = NULL, owner_name = " + action
                + " WHERE owner_id IN (:ids) OR lower(owner_aad_id) IN (:aad)").params(p).update();
        jdbc.sql("UPDATE plan_action SET created_by_name = " + action
                + " WHERE " + IN_THEIR_PLANS + " AND created_by_name IN (:names)").params(p).update();
        String history = Former.nameIn(ACTION_CONVERSATION.formatted("plan_action_history"));
        jdbc.sql("UPDATE plan_action_history SET by_id = :formerId, by_name = " + history
                + " WHERE by_id IN (:ids)").params(p).update();
        jdbc.sql("UPDATE plan_action_history SET by_name = " + history
                + " WHERE " + OF_THEIR_ACTIONS + " AND by_name IN (:names)").params(p).update();
        jdbc.sql("UPDATE followup_answer SET by_name = " + Former.nameIn(ACTION_CONVERSATION.formatted("followup_answer"))
                + " WHERE " + OF_THEIR_ACTIONS + " AND by_name IN (:names)").params(p).update();
        String path = Former.nameIn(PLAN_CONVERSATION.formatted("plan_path_event"));
        jdbc.sql("UPDATE plan_path_event SET by_id = :formerId, by_name = " + path
                + " WHERE by_id IN (:ids)").params(p).update();
        // What others wrote about them in their plans.
        scrubber.names("plan_goal", "text", IN_THEIR_PLANS, person, former);
        scrubber.names("plan_goal", "agenda_point", IN_THEIR_PLANS, person, former);
        scrubber.names("plan_action", "text", IN_THEIR_PLANS, person, former);
        scrubber.names("plan_action_history", "comment", OF_THEIR_ACTIONS, person, former);
        scrubber.names("followup_answer", "comment", OF_THEIR_ACTIONS, person, former);
        scrubber.names("plan_action_history", "old_value", OF_THEIR_ACTIONS, person, former);
        scrubber.names("plan_action_history", "new_value", OF_THEIR_ACTIONS, person, former);
        scrubber.names("plan_path_event", "note", IN_THEIR_PLANS, person, former);
        jdbc.sql("UPDATE plan_participant SET name = " + Former.nameIn(PLAN_CONVERSATION.formatted("plan_participant"))
                + " WHERE " + IN_THEIR_PLANS + " AND name IN (:names)").params(p).update();
        String goalsOfTheirPlans = "goal_id IN (SELECT g.id FROM plan_goal g JOIN handleplan h ON h.id = g.plan_id "
                + "WHERE h.conversation_id IN (:conversations))";
        for (String column : List.of("by_name", "old_value", "new_value", "comment")) {
            scrubber.names("plan_goal_history", column, goalsOfTheirPlans, person, former);
        }
    }

    @Override
    public void purge(String conversationId, Batches batches) {
        List<String> plans = jdbc.sql("SELECT id FROM handleplan WHERE conversation_id = :c").param("c", conversationId)
                .query(String.class).list();
        if (plans.isEmpty()) {
            return;
        }
        Map<String, Object> ofPlans = Map.of("plans", plans);
        batches.run("SELECT id FROM plan_action WHERE plan_id IN (:plans) LIMIT :limit", ofPlans, actions -> {
            jdbc.sql("DELETE FROM followup_answer WHERE action_id IN (:ids)").param("ids", actions).update();
            jdbc.sql("DELETE FROM plan_action_history WHERE action_id IN (:ids)").param("ids", actions).update();
            jdbc.sql("DELETE FROM plan_action WHERE id IN (:ids)").param("ids", actions).update();
        });
        batches.run("SELECT id FROM handleplan WHERE id IN (:plans) LIMIT :limit", ofPlans, ids -> {
            jdbc.sql("DELETE FROM plan_path_event WHERE plan_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM plan_participant WHERE plan_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM plan_goal_history WHERE goal_id IN (SELECT id FROM plan_goal WHERE plan_id IN (:ids))")
                    .param("ids", ids).update();
            jdbc.sql("DELETE FROM plan_goal WHERE plan_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM handleplan WHERE id IN (:ids)").param("ids", ids).update();
        });
    }

    @Override
    public void expire(Instant now, RetentionCutoffs cutoffs, Batches batches, Map<String, Integer> deleted) {
        // No retention period: see the class comment.
    }
}
