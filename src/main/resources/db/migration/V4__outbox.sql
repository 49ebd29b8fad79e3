-- Proactive messages waiting to be sent. A row is written before anything is sent, claimed by one sender at a
-- time, and marked when Teams has it; the dedupe key makes a notification impossible to enqueue twice.
CREATE TABLE outbox (
    id                VARCHAR(36)   PRIMARY KEY,
    dedupe_key        VARCHAR(1000) NOT NULL UNIQUE,
    target_kind       VARCHAR(16)   NOT NULL,
    conversation_id   VARCHAR(512),
    user_id           VARCHAR(512),
    user_aad_id       VARCHAR(128),
    user_name         VARCHAR(256),
    tenant_id         VARCHAR(128),
    via_conversation  VARCHAR(512),
    reply_to_id       VARCHAR(512),
    text              TEXT,
    card_json         TEXT,
    mention_user_id   VARCHAR(512),
    mention_name      VARCHAR(256),
    status            VARCHAR(16)   NOT NULL,
    attempts          INTEGER       NOT NULL,
    next_attempt_at   BIGINT        NOT NULL,
    claimed_until     BIGINT,
    last_error        VARCHAR(1000),
    sent_activity_id  VARCHAR(512),
    sent_conversation VARCHAR(512),
    created_at        BIGINT        NOT NULL,
    sent_at           BIGINT
);

CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- The bot's 1:1 chat with a person, once known (the person wrote to it, or the bot opened it).
CREATE TABLE personal_chat (
    user_id         VARCHAR(512) PRIMARY KEY,
    conversation_id VARCHAR(512) NOT NULL,
    updated_at      BIGINT       NOT NULL
);
