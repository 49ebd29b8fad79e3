-- Where the bot's newest copy of a named card is (a guided session's step card, say), so a click on another card
-- can bring it up to date too. One row per conversation and name: a card posted again moves the name along.
CREATE TABLE posted_card (
    conversation_id VARCHAR(512) NOT NULL,
    tag             VARCHAR(200) NOT NULL,
    activity_id     VARCHAR(512) NOT NULL,
    posted_at       BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, tag)
);
