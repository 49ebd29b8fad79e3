-- Where a goal came from when a session handed it over ("session:<id>:<n>", its place in the hand-over). Unique per
-- plan, so a second hand-over of the same session (two "Afslut og gem" clicks at once) adds nothing; goals people
-- add themselves have none (NULLs never clash, on SQLite and PostgreSQL alike).
ALTER TABLE plan_goal ADD COLUMN source_key VARCHAR(200);
CREATE UNIQUE INDEX plan_goal_source ON plan_goal (plan_id, source_key);
