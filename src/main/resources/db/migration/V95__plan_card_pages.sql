-- The plan card reads one page at a time (issue 19): the plan's totals, its first overdue actions and its first open
-- action are read by plan and due date; without this index each of them scanned every action of every plan.
CREATE INDEX plan_action_by_plan ON plan_action (plan_id, due_date);
