-- The meeting in the room (issue 18): in a meeting chat the group is in the room, so instead of a private nudge the
-- step card offers a round ("alle siger én ting") that the ordstyrer ticks off person by person.
-- One round per step of a session; starting a new round clears its ticks.
CREATE TABLE session_round (
    session_id       VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    step_id          VARCHAR(64)  NOT NULL,
    started_by_name  VARCHAR(256),
    started_at       BIGINT       NOT NULL,
    PRIMARY KEY (session_id, step_id)
);

-- Who has had their say in the round.
CREATE TABLE session_round_turn (
    session_id  VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    step_id     VARCHAR(64)  NOT NULL,
    user_id     VARCHAR(512) NOT NULL,
    name        VARCHAR(256),
    ticked_at   BIGINT       NOT NULL,
    PRIMARY KEY (session_id, step_id, user_id)
);
