-- Each action gets its place in its handleplan's row of actions (1, 2, 3 …), so actions due the same day are listed
-- in the order they were agreed even when they came in one millisecond ("Afslut og gem" turns a session's practice
-- into several actions at once): ordering by time and then a random id shuffled such ties.
ALTER TABLE plan_action ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

-- Actions from before this column existed keep the order they were shown in.
UPDATE plan_action SET seq = (
    SELECT count(*) FROM plan_action earlier
    WHERE earlier.plan_id = plan_action.plan_id
      AND (earlier.created_at < plan_action.created_at
           OR (earlier.created_at = plan_action.created_at AND earlier.id <= plan_action.id)));
