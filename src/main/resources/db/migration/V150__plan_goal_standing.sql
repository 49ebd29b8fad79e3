-- Where each goal stands, kept with the goal (issue 19): the plan card orders its goals by what needs someone now
-- (an overdue action, then open goals, then the rest). Worked out from the actions on every click, that looked at
-- every goal of the plan; kept here, one page of goals is read through an index whatever the plan's size.
--   action_count: the goal's actions (0: the card's next step asks for one)
--   open_due:     the earliest due date of its open actions, null when none is open (overdue: before today)
--   standing:     1 while it is open (not closed, and an open action or none yet), 2 otherwise
-- ActionStore and PlanStore refresh them whenever an action or the goal changes (GoalStanding).
ALTER TABLE plan_goal ADD COLUMN action_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan_goal ADD COLUMN open_due VARCHAR(10);
ALTER TABLE plan_goal ADD COLUMN standing INTEGER NOT NULL DEFAULT 1;

UPDATE plan_goal SET
    action_count = (SELECT COUNT(*) FROM plan_action a WHERE a.goal_id = plan_goal.id),
    open_due = (SELECT MIN(a.due_date) FROM plan_action a
                WHERE a.goal_id = plan_goal.id AND a.status NOT IN ('FAERDIG', 'OPGIVET'));
UPDATE plan_goal SET standing = CASE WHEN closed_at IS NULL AND (open_due IS NOT NULL OR action_count = 0) THEN 1 ELSE 2 END;

-- A page of open goals, or of the rest, in number order.
CREATE INDEX plan_goal_by_standing ON plan_goal (plan_id, standing, position);
-- The goals with an overdue action, and the earliest open due date of the plan.
CREATE INDEX plan_goal_by_open_due ON plan_goal (plan_id, open_due);
-- The first goal without actions.
CREATE INDEX plan_goal_bare ON plan_goal (plan_id, position) WHERE action_count = 0;
-- The plan's totals (actions, done, overdue) counted from the index alone.
CREATE INDEX plan_action_by_plan_status ON plan_action (plan_id, status, due_date);
