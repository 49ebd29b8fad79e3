-- Nordfyn: the handleplan's way after the quality conversation. It is drafted, goes to the bestyrelse "til
-- orientering", then to the forvaltning, and is included in the municipal kvalitetsrapport. One row per step a
-- leader marked; the unique key makes marking a compare-and-set: a second click on the same step inserts nothing.
CREATE TABLE plan_path_event (
    id       VARCHAR(36)  PRIMARY KEY,
    plan_id  VARCHAR(36)  NOT NULL REFERENCES handleplan (id),
    stage    VARCHAR(16)  NOT NULL,
    -- the day the step happened (ISO), which the leader may set to an earlier day than the click
    on_day   VARCHAR(10)  NOT NULL,
    by_id    VARCHAR(512),
    by_name  VARCHAR(256),
    note     TEXT,
    at       BIGINT       NOT NULL,
    UNIQUE (plan_id, stage)
);

-- What an edit changed, so the history says "moved the due date from 1 March to 15 March" rather than "edited":
-- the value before and after (a date, an owner's name, the text, a cadence in days).
ALTER TABLE plan_action_history ADD COLUMN old_value TEXT;
ALTER TABLE plan_action_history ADD COLUMN new_value TEXT;
