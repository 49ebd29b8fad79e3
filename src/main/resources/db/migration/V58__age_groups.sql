-- Age groups (vuggestue, børnehave, begge): a conversation's own choice, and the one an institution's file sets
-- for its conversations. The conversation's own choice wins; with neither, every card is drawn.
CREATE TABLE conversation_age_group (
    conversation_id VARCHAR(512) PRIMARY KEY REFERENCES conversation (id),
    age_group       VARCHAR(16)  NOT NULL,
    chosen_at       BIGINT       NOT NULL
);

ALTER TABLE institution ADD COLUMN age_group VARCHAR(16);
