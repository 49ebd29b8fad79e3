-- Each entry gets its place in its session's row of entries (1, 2, 3 …), so the cards list entries in the order
-- they were written even when two came in the same millisecond (a test clock that stands still, two people at once,
-- a revisit copying the last session's entries): ordering by time and then a random id shuffled such ties, and with
-- them the numbers, the pages and which of two tied entries a ranking put first.
ALTER TABLE session_entry ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

-- Entries from before this column existed keep the order they were shown in.
UPDATE session_entry SET seq = (
    SELECT count(*) FROM session_entry earlier
    WHERE earlier.session_id = session_entry.session_id
      AND (earlier.created_at < session_entry.created_at
           OR (earlier.created_at = session_entry.created_at AND earlier.id <= session_entry.id)));

CREATE INDEX session_entry_order ON session_entry (session_id, step_id, seq);
