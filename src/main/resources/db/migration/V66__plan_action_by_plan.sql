-- The meeting-start card asks for a chat's first few due actions, overdue first: by plan and due date.
CREATE INDEX plan_action_plan_due ON plan_action (plan_id, due_date);
