-- An action made from something a session produced (a boble the group marked "Det gør vi i praksis") remembers
-- where it came from, so the same form sent twice, or by two people at once, adds it once: the unique index decides.
ALTER TABLE plan_action ADD COLUMN source_id VARCHAR(64);
CREATE UNIQUE INDEX plan_action_by_source ON plan_action (source_id);
