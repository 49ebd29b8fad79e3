-- Which claim holds a SENDING row. A sender checks (and extends) its claim right before it sends each row, so
-- a row whose claim ran out while it waited in a slow batch and was taken over by another sender is not sent
-- twice; outcomes (retry, postpone, failed) only apply while the claim is still the sender's own.
-- V10 because V8 (actionplan) and V9 (meetings) are taken on other branches.
ALTER TABLE outbox ADD COLUMN claim_token VARCHAR(36);
