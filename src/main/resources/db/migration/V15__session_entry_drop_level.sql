-- Issue 13: every "level" has moved to ring, category or role (V14).
ALTER TABLE session_entry DROP COLUMN level;
