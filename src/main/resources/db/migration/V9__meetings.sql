-- Meeting start and end events the bot has handled: a duplicate (same meeting, kind and time) is ignored.
CREATE TABLE meeting_event (
    meeting_id      VARCHAR(512) NOT NULL,
    kind            VARCHAR(8)   NOT NULL,
    occurred_at     BIGINT       NOT NULL,
    conversation_id VARCHAR(512) NOT NULL,
    received_at     BIGINT       NOT NULL,
    PRIMARY KEY (meeting_id, kind, occurred_at)
);
CREATE INDEX meeting_event_by_conversation ON meeting_event (conversation_id, kind, occurred_at);

-- "møde fra" / "møde til": whether the bot posts its short card when a meeting starts. No row = on.
CREATE TABLE meeting_setting (
    conversation_id VARCHAR(512) PRIMARY KEY REFERENCES conversation (id),
    start_notices   BOOLEAN      NOT NULL,
    set_by_name     VARCHAR(256),
    set_at          BIGINT       NOT NULL
);
