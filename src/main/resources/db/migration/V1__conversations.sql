-- Every conversation the bot has seen, with what it takes to write to it later (proactive messages).
CREATE TABLE conversation (
    id                VARCHAR(512) PRIMARY KEY,
    tenant_id         VARCHAR(128),
    channel_id        VARCHAR(64)  NOT NULL,
    service_url       VARCHAR(1024) NOT NULL,
    conversation_type VARCHAR(16)  NOT NULL,
    team_id           VARCHAR(512),
    bot_id            VARCHAR(512),
    bot_name          VARCHAR(256),
    locale            VARCHAR(32),
    first_seen_at     BIGINT       NOT NULL,
    last_seen_at      BIGINT       NOT NULL,
    welcomed_at       BIGINT
);

CREATE INDEX conversation_team ON conversation (team_id);
