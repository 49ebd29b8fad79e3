-- Reflection card decks: the built-in deck is written here at start-up; institutions import their own.
CREATE TABLE deck (
    id          VARCHAR(64)  PRIMARY KEY,
    version     INTEGER      NOT NULL,
    name_da     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200),
    content     TEXT         NOT NULL,
    builtin     BOOLEAN      NOT NULL,
    card_count  INTEGER      NOT NULL,
    updated_at  BIGINT       NOT NULL,
    retired_at  BIGINT
);

-- Which deck a conversation draws from; no row means the built-in standard deck.
CREATE TABLE conversation_deck (
    conversation_id VARCHAR(512) PRIMARY KEY REFERENCES conversation (id),
    deck_id         VARCHAR(64)  NOT NULL REFERENCES deck (id),
    chosen_by       VARCHAR(512),
    chosen_at       BIGINT       NOT NULL
);

-- Every card drawn in a conversation. A draw is open until it is answered, skipped or sent to the leader;
-- 'cleared' marks draws before the deck (or a theme) started over, so cards do not repeat until used up.
CREATE TABLE reflection_draw (
    id              VARCHAR(36)  PRIMARY KEY,
    conversation_id VARCHAR(512) NOT NULL REFERENCES conversation (id),
    deck_id         VARCHAR(64)  NOT NULL,
    card_id         VARCHAR(64)  NOT NULL,
    theme_filter    VARCHAR(64),
    status          VARCHAR(16)  NOT NULL,
    drawn_by_id     VARCHAR(512),
    drawn_by_name   VARCHAR(256),
    drawn_at        BIGINT       NOT NULL,
    closed_by_name  VARCHAR(256),
    closed_at       BIGINT,
    restarted       BOOLEAN      NOT NULL,
    cleared         BOOLEAN      NOT NULL,
    -- the "next card" button on an answered card has been used
    followed_up     BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX reflection_draw_conversation ON reflection_draw (conversation_id, deck_id, cleared);

-- The group's saved answers. The question and theme are copied, so an answer still reads right after the
-- deck is replaced or retired.
CREATE TABLE reflection_answer (
    id              VARCHAR(36)  PRIMARY KEY,
    draw_id         VARCHAR(36)  NOT NULL REFERENCES reflection_draw (id),
    conversation_id VARCHAR(512) NOT NULL REFERENCES conversation (id),
    deck_id         VARCHAR(64)  NOT NULL,
    card_id         VARCHAR(64)  NOT NULL,
    theme_id        VARCHAR(64)  NOT NULL,
    theme_name      VARCHAR(200) NOT NULL,
    question        TEXT         NOT NULL,
    answer          TEXT         NOT NULL,
    author_id       VARCHAR(512),
    author_aad_id   VARCHAR(128),
    author_name     VARCHAR(256),
    created_at      BIGINT       NOT NULL
);

CREATE INDEX reflection_answer_conversation ON reflection_answer (conversation_id, created_at);
