-- The order rows were queued in. Rows due at the same moment (queued in the same millisecond, as a planner queuing
-- several reminders at once does) go out in this order, so a conversation's messages keep the order they were
-- written in. The sender claims a batch with UPDATE ... RETURNING, whose rows come back in no defined order, so the
-- order must be in the data. Rows from before this migration have none and go first among their equals.
ALTER TABLE outbox ADD COLUMN queue_seq BIGINT;
CREATE INDEX outbox_queue_seq ON outbox (queue_seq);
