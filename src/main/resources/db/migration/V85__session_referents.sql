-- The meeting in the room (issue 18): the ordstyrer can name a referent, who (like the ordstyrer) notes what the
-- people around the table say. One referent per session; naming another replaces them.
CREATE TABLE session_referent (
    session_id  VARCHAR(36)  PRIMARY KEY REFERENCES guided_session (id),
    user_id     VARCHAR(512) NOT NULL,
    aad_id      VARCHAR(128),
    name        VARCHAR(256),
    named_at    BIGINT       NOT NULL
);

-- An entry the ordstyrer or the referent noted on someone's behalf: the entry's author is the person who said it,
-- this row is who wrote it down ("Fra Bo (noteret af Anne)"). Kept beside session_entry, not in it, so the entry
-- itself stays one person's contribution.
CREATE TABLE session_entry_note (
    entry_id       VARCHAR(36)  PRIMARY KEY REFERENCES session_entry (id),
    session_id     VARCHAR(36)  NOT NULL REFERENCES guided_session (id),
    noted_by_id    VARCHAR(512) NOT NULL,
    noted_by_name  VARCHAR(256),
    noted_at       BIGINT       NOT NULL
);
CREATE INDEX session_entry_note_by_session ON session_entry_note (session_id);
