-- Each drawn reflection card gets its place in the conversation's row of draws (1, 2, 3 …), so a click on a card
-- can tell whether a newer card has been drawn since: only the newest card's buttons change anything.
ALTER TABLE reflection_draw ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;

-- Cards drawn before this column existed are numbered in the order they were drawn.
UPDATE reflection_draw SET seq = (
    SELECT count(*) FROM reflection_draw earlier
    WHERE earlier.conversation_id = reflection_draw.conversation_id
      AND (earlier.drawn_at < reflection_draw.drawn_at
           OR (earlier.drawn_at = reflection_draw.drawn_at AND earlier.id <= reflection_draw.id)));

-- Two draws at the same moment cannot both become the newest card: the second one takes the next number.
CREATE UNIQUE INDEX reflection_draw_seq ON reflection_draw (conversation_id, seq);

-- An answered card shown again (put away, or fetched with "Vis det aktuelle kort") finds its answer by its draw.
CREATE INDEX reflection_answer_draw ON reflection_answer (draw_id);
