-- Institutions: the organisation's formal kerneopgave and the værdisæt a staff group argues from when it defines
-- its own kerneopgave (Aalborg's model: "have the værdisæt on the table").
CREATE TABLE institution (
    id              VARCHAR(64)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kerneopgave_da  TEXT         NOT NULL,
    kerneopgave_en  TEXT,
    updated_at      BIGINT       NOT NULL
);

-- The værdisæt, in the order the file gives it.
CREATE TABLE institution_value (
    institution_id  VARCHAR(64)  NOT NULL REFERENCES institution (id),
    ordinal         INTEGER      NOT NULL,
    value_id        VARCHAR(64)  NOT NULL,
    name_da         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200),
    description_da  TEXT         NOT NULL,
    description_en  TEXT,
    PRIMARY KEY (institution_id, ordinal),
    UNIQUE (institution_id, value_id)
);

-- Which institution a conversation belongs to, by its own id (kind 'conversation') or through its Teams team
-- (kind 'team': every channel of it). The primary key makes each belong to at most one institution. No foreign
-- key to conversation: a file may name conversations the bot has not heard from yet. 'source' is 'file' or
-- 'chat', so a replaced file drops only the links the previous file made.
CREATE TABLE institution_link (
    kind            VARCHAR(16)  NOT NULL,
    ref_id          VARCHAR(512) NOT NULL,
    institution_id  VARCHAR(64)  NOT NULL REFERENCES institution (id),
    source          VARCHAR(8)   NOT NULL,
    linked_by       VARCHAR(256),
    linked_at       BIGINT       NOT NULL,
    PRIMARY KEY (kind, ref_id)
);

CREATE INDEX institution_link_institution ON institution_link (institution_id);
