-- Who leads a conversation: they receive its unresolved questions (Aalborg's model: the leader investigates).
CREATE TABLE conversation_leader (
    conversation_id VARCHAR(512) NOT NULL REFERENCES conversation (id),
    user_id         VARCHAR(512) NOT NULL,
    aad_id          VARCHAR(128),
    name            VARCHAR(256),
    set_by_name     VARCHAR(256),
    set_at          BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);

-- Questions the group could not settle, written down for the leader, and what became of them.
CREATE TABLE question (
    id               VARCHAR(36)  PRIMARY KEY,
    conversation_id  VARCHAR(512) NOT NULL REFERENCES conversation (id),
    thread_id        VARCHAR(512),
    team_id          VARCHAR(512),
    tenant_id        VARCHAR(128),
    text             TEXT         NOT NULL,
    asked_by_id      VARCHAR(512),
    asked_by_aad_id  VARCHAR(128),
    asked_by_name    VARCHAR(256),
    source           VARCHAR(32)  NOT NULL,
    source_ref       VARCHAR(256),
    source_context   TEXT,
    status           VARCHAR(16)  NOT NULL,
    assigned_to_id   VARCHAR(512),
    assigned_to_name VARCHAR(256),
    answer           TEXT,
    handled_by_name  VARCHAR(256),
    handled_at       BIGINT,
    next_reminder_at BIGINT,
    reminders_sent   INTEGER      NOT NULL DEFAULT 0,
    created_at       BIGINT       NOT NULL
);

CREATE INDEX question_conversation ON question (conversation_id, created_at);
CREATE INDEX question_reminder ON question (next_reminder_at);
