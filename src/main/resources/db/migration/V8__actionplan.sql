-- A conversation's handleplan (Nordfyn: the quality conversation ends in one): goals, their actions, and who
-- changed what when. Dates that people chose (a due date) are ISO text, which sorts and compares the same on
-- SQLite and PostgreSQL; moments are epoch milliseconds, as elsewhere.
CREATE TABLE handleplan (
    id              VARCHAR(36)  PRIMARY KEY,
    conversation_id VARCHAR(512) NOT NULL UNIQUE REFERENCES conversation (id),
    tenant_id       VARCHAR(128),
    session_id      VARCHAR(36),
    export_token    VARCHAR(64)  NOT NULL UNIQUE,
    created_by_id   VARCHAR(512),
    created_by_name VARCHAR(256),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);

CREATE TABLE plan_goal (
    id              VARCHAR(36)  PRIMARY KEY,
    plan_id         VARCHAR(36)  NOT NULL REFERENCES handleplan (id),
    position        INTEGER      NOT NULL,
    text            TEXT         NOT NULL,
    agenda_point    VARCHAR(256),
    quality_type    VARCHAR(16),
    capital         VARCHAR(16),
    session_id      VARCHAR(36),
    created_by_name VARCHAR(256),
    created_at      BIGINT       NOT NULL,
    UNIQUE (plan_id, position)
);

CREATE TABLE plan_action (
    id              VARCHAR(36)  PRIMARY KEY,
    plan_id         VARCHAR(36)  NOT NULL REFERENCES handleplan (id),
    goal_id         VARCHAR(36)  NOT NULL REFERENCES plan_goal (id),
    text            TEXT         NOT NULL,
    owner_id        VARCHAR(512) NOT NULL,
    owner_aad_id    VARCHAR(128),
    owner_name      VARCHAR(256),
    due_date        VARCHAR(10)  NOT NULL,
    cadence_days    INTEGER,
    status          VARCHAR(16)  NOT NULL,
    -- the due date a long-overdue escalation to the leader was raised for, so it is raised once per due date
    escalated_due   VARCHAR(10),
    -- when the current due date was set: reminder stages that lay before it are not sent afterwards
    scheduled_from  BIGINT       NOT NULL,
    created_by_name VARCHAR(256),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);
CREATE INDEX plan_action_by_goal ON plan_action (goal_id, due_date);
CREATE INDEX plan_action_open ON plan_action (status, due_date);

-- Every change of an action: created, a status change (old -> new) or an edit, with who, when and a comment.
CREATE TABLE plan_action_history (
    id          VARCHAR(36)  PRIMARY KEY,
    action_id   VARCHAR(36)  NOT NULL REFERENCES plan_action (id),
    seq         INTEGER      NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    old_status  VARCHAR(16),
    new_status  VARCHAR(16),
    by_id       VARCHAR(512),
    by_name     VARCHAR(256),
    comment     TEXT,
    at          BIGINT       NOT NULL,
    -- the order of changes within one action (several may share a millisecond)
    UNIQUE (action_id, seq)
);

-- A reminder card that someone answered: one answer per reminder, whichever copy (group or 1:1) was clicked.
CREATE TABLE followup_answer (
    reminder_key VARCHAR(1000) PRIMARY KEY,
    action_id    VARCHAR(36)   NOT NULL REFERENCES plan_action (id),
    answer       VARCHAR(16)   NOT NULL,
    by_name      VARCHAR(256),
    comment      TEXT,
    at           BIGINT        NOT NULL
);
