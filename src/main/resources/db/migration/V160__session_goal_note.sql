-- The yearly dialogsamtale goes through the handleplan goal by goal: each note the group writes there (what has
-- worked, what to adjust, what the data shows) is an entry of the session, and this names the plan goal it is about.
CREATE TABLE session_goal_note (
    entry_id   VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES session_entry (id),
    session_id VARCHAR(36) NOT NULL REFERENCES guided_session (id),
    goal_id    VARCHAR(36) NOT NULL
);
CREATE INDEX session_goal_note_by_session ON session_goal_note (session_id);
