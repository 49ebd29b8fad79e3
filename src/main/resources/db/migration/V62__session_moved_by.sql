-- Who last moved the group on (to another step, into a pause, to the end) and when: a click on an older step card
-- changes nothing, and the card redrawn for it says who moved the group on and when.
ALTER TABLE guided_session ADD COLUMN moved_by_name VARCHAR(256);
ALTER TABLE guided_session ADD COLUMN moved_at BIGINT;
