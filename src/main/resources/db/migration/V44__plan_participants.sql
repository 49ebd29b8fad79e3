-- Who took part in the quality conversation a handleplan came from, by name and role, also those without a Teams
-- account (the parent from the bestyrelse): the export names them, as the bestyrelse and the forvaltning read it.
CREATE TABLE plan_participant (
    plan_id     VARCHAR(36)  NOT NULL REFERENCES handleplan (id),
    session_id  VARCHAR(36)  NOT NULL,
    ordinal     INTEGER      NOT NULL,
    name        VARCHAR(256) NOT NULL,
    role        VARCHAR(256),
    external    BOOLEAN      NOT NULL,
    PRIMARY KEY (plan_id, session_id, ordinal)
);
