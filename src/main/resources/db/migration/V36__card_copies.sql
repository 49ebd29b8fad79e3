-- A card too large for Teams is sent shortened, with a link to a copy of the whole card (issue 19). The copy is
-- derived from data stored elsewhere (the plan, the session), so it is kept only as long as its link works and goes
-- with its conversation. content_type: 'card' (Adaptive Card JSON) or 'text' (a text message).
CREATE TABLE card_copy (
    id               VARCHAR(64)  PRIMARY KEY,
    conversation_id  VARCHAR(512) NOT NULL,
    content_type     VARCHAR(8)   NOT NULL,
    content          TEXT         NOT NULL,
    locale           VARCHAR(8)   NOT NULL,
    created_at       BIGINT       NOT NULL,
    expires_at       BIGINT       NOT NULL
);
CREATE INDEX card_copy_conversation ON card_copy (conversation_id);
CREATE INDEX card_copy_expires ON card_copy (expires_at);
