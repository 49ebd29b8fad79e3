-- Every change of an action (status or edit) counts its version up by one. A card carries the version it was drawn
-- from, so a click on an older copy changes nothing (compare-and-set), however the statuses happen to line up.
ALTER TABLE plan_action ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
