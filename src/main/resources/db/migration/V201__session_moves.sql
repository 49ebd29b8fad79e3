-- How many times the group has been moved (another step, back, a pause, the end): the version a step card is drawn
-- from. A copy of the current step's card from before the group went on and came back carries an older count, so
-- its nudge is known as an older card's. The time of the last move is no version: two moves can share a millisecond.
ALTER TABLE guided_session ADD COLUMN moves INTEGER NOT NULL DEFAULT 0;
