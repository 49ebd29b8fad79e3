-- Activities already handled, so a redelivery by Teams (same activity id) is not handled twice.
CREATE TABLE processed_activity (
    activity_id     VARCHAR(512) NOT NULL,
    conversation_id VARCHAR(512) NOT NULL,
    processed_at    BIGINT       NOT NULL,
    PRIMARY KEY (activity_id, conversation_id)
);

CREATE INDEX processed_activity_age ON processed_activity (processed_at);
