-- A long-lived plan gathers done actions whose due dates are past: the overdue list, the first open action and the
-- due actions of the meeting start looked through all of them (plan_action_by_plan_status starts with the status,
-- and "not done" is no range). Only open actions are in this one, in due order (issue 19).
CREATE INDEX plan_action_open_by_plan ON plan_action (plan_id, due_date, created_at, id)
    WHERE status NOT IN ('FAERDIG', 'OPGIVET');
-- The owners a plan's cards offer, each once, read from the index alone.
CREATE INDEX plan_action_owners ON plan_action (plan_id, owner_id, owner_aad_id, owner_name);
