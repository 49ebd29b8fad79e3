-- Leaders an institution names in its file: they lead every conversation and team linked to it. The file knows
-- them by Entra object id, the one id an IT department has at hand; Teams' own user id is learned later.
CREATE TABLE institution_leader (
    institution_id  VARCHAR(64)  NOT NULL REFERENCES institution (id),
    ordinal         INTEGER      NOT NULL,
    aad_id          VARCHAR(128) NOT NULL,
    name            VARCHAR(256) NOT NULL,
    PRIMARY KEY (institution_id, aad_id)
);

CREATE INDEX institution_leader_aad ON institution_leader (aad_id);

-- Who the bot's 1:1 chat is with, by Entra object id too: that is how an institution's leader is found.
ALTER TABLE personal_chat ADD COLUMN aad_id VARCHAR(128);

CREATE INDEX personal_chat_aad ON personal_chat (aad_id);
