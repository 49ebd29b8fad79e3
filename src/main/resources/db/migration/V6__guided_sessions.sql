-- A guided session (Aalborg's kerneopgave model, later the kvalitetssamtale) run by the bot in one conversation.
-- The process itself is data (src/main/resources/processes); these rows are one group's way through it.
CREATE TABLE guided_session (
    id                  VARCHAR(36)  PRIMARY KEY,
    conversation_id     VARCHAR(512) NOT NULL REFERENCES conversation (id),
    process_id          VARCHAR(64)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    step_index          INTEGER      NOT NULL,
    facilitator_id      VARCHAR(512) NOT NULL,
    facilitator_aad_id  VARCHAR(128),
    facilitator_name    VARCHAR(256),
    started_by_name     VARCHAR(256),
    agreed_text         TEXT,
    agreed_by_name      VARCHAR(256),
    previous_session_id VARCHAR(36),
    board_token         VARCHAR(64)  NOT NULL UNIQUE,
    started_at          BIGINT       NOT NULL,
    updated_at          BIGINT       NOT NULL,
    finished_at         BIGINT
);
-- One open (active or paused) session per conversation and process, enforced by the database.
CREATE UNIQUE INDEX guided_session_one_open ON guided_session (conversation_id, process_id)
    WHERE status IN ('ACTIVE', 'PAUSED');
CREATE INDEX guided_session_by_conversation ON guided_session (conversation_id, started_at);

-- Everyone the session knows: the conversation's roster from Teams and whoever took part.
CREATE TABLE session_participant (
    session_id  VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    user_id     VARCHAR(512) NOT NULL,
    aad_id      VARCHAR(128),
    name        VARCHAR(256),
    in_roster   BOOLEAN      NOT NULL,
    active      BOOLEAN      NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

-- A contribution to a step: a proposed wording, a boble, a note. Withdrawn entries are kept, not deleted.
CREATE TABLE session_entry (
    id            VARCHAR(36)  PRIMARY KEY,
    session_id    VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    step_id       VARCHAR(64)  NOT NULL,
    author_id     VARCHAR(512) NOT NULL,
    author_name   VARCHAR(256),
    text          TEXT         NOT NULL,
    level         VARCHAR(32),
    value_ids     VARCHAR(2000),
    in_practice   BOOLEAN      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);
CREATE INDEX session_entry_by_step ON session_entry (session_id, step_id, created_at);

CREATE TABLE session_vote (
    entry_id    VARCHAR(36)  NOT NULL REFERENCES session_entry (id),
    voter_id    VARCHAR(512) NOT NULL,
    session_id  VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    step_id     VARCHAR(64)  NOT NULL,
    voter_name  VARCHAR(256),
    voted_at    BIGINT       NOT NULL,
    PRIMARY KEY (entry_id, voter_id)
);

-- A question raised in the session: first a reflection card is offered; then settled, or sent to the leader.
CREATE TABLE session_question (
    id            VARCHAR(36)  PRIMARY KEY,
    session_id    VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    step_id       VARCHAR(64)  NOT NULL,
    text          TEXT         NOT NULL,
    asked_by_id   VARCHAR(512) NOT NULL,
    asked_by_name VARCHAR(256),
    card_id       VARCHAR(64),
    status        VARCHAR(16)  NOT NULL,
    question_id   VARCHAR(36),
    note          TEXT,
    created_at    BIGINT       NOT NULL
);
CREATE INDEX session_question_by_session ON session_question (session_id, created_at);
