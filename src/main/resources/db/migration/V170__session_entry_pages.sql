-- A step card reads one page of its entries, not the whole step (issue 19): these serve the count, the page
-- counted back from the newest, the roster of who has written ("Har bidraget / Mangler stadig") and the votes
-- per step, each from an index whatever the step has grown to.
CREATE INDEX session_entry_page ON session_entry (session_id, step_id, status, created_at, id);
CREATE INDEX session_entry_author ON session_entry (session_id, step_id, status, author_id);
-- session_vote was keyed by (entry_id, voter_id) only: a step's counts and its voters scanned every vote.
CREATE INDEX session_vote_by_step ON session_vote (session_id, step_id, voter_id);
CREATE INDEX session_vote_by_entry_step ON session_vote (session_id, step_id, entry_id);
