-- What happened to a goal: agreed by the chef and the dagtilbudsleder (as proposed or reworded), edited, closed or
-- added at a dialogsamtale. Who and when, and the words before and after where they changed.
CREATE TABLE plan_goal_history (
    id         VARCHAR(36)  PRIMARY KEY,
    goal_id    VARCHAR(36)  NOT NULL REFERENCES plan_goal (id),
    seq        INTEGER      NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    by_name    TEXT,
    old_value  TEXT,
    new_value  TEXT,
    comment    TEXT,
    at         BIGINT       NOT NULL,
    UNIQUE (goal_id, seq)
);

-- A goal a dialogsamtale closed stays in the plan (with its history), marked closed.
ALTER TABLE plan_goal ADD COLUMN closed_at BIGINT;
