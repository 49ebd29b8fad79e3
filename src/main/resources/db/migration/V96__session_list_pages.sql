-- Which page of a long list a step card shows (issue 19): the entries of a step, the lines of a summary. The card is
-- the same for everyone in the chat, so the page is the step's, kept with the number of items it was chosen at: when
-- someone adds or withdraws an entry the count no longer matches and the card shows the first page (the newest) again.
CREATE TABLE session_list_page (
    session_id VARCHAR(36) NOT NULL REFERENCES guided_session (id),
    step_id    VARCHAR(64) NOT NULL,
    page       INTEGER     NOT NULL,
    item_count INTEGER     NOT NULL,
    PRIMARY KEY (session_id, step_id)
);
