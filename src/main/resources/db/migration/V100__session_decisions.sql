-- The agreement step of a quality conversation: for each goal proposed under the agenda points, the answer of each
-- deciding role (the chef and the dagtilbudsleder): agreed, agreed as reworded (in new words), or not now. One answer
-- per role and proposal, replaced when the role answers again; the words the proposal had when it was answered are
-- kept, so an answer to words that were changed afterwards no longer counts. The others' comments on a proposal are
-- rows too (role and outcome COMMENT), one per person, replaced when they comment again.
CREATE TABLE session_decision (
    session_id  VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    step_id     VARCHAR(64)  NOT NULL,
    proposal_id VARCHAR(36)  NOT NULL,
    role        VARCHAR(64)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    text        TEXT,
    seen_text   TEXT         NOT NULL,
    by_id       VARCHAR(512) NOT NULL,
    by_name     VARCHAR(256),
    decided_at  BIGINT       NOT NULL,
    PRIMARY KEY (session_id, step_id, proposal_id, role, by_id)
);
