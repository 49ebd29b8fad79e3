-- Personal data (issue 15). V30 because V14-V29 are taken on other branches.

-- A conversation the bot was removed from. Its data is deleted once delete_after has passed, unless the bot is
-- added again first (a mistaken removal is undone that way). One row per conversation; a team's removal writes one
-- for each of its channels the bot knows.
CREATE TABLE conversation_removal (
    conversation_id VARCHAR(512) PRIMARY KEY,
    team_id         VARCHAR(512),
    removed_at      BIGINT       NOT NULL,
    delete_after    BIGINT       NOT NULL
);
CREATE INDEX conversation_removal_due ON conversation_removal (delete_after);
CREATE INDEX conversation_removal_team ON conversation_removal (team_id);

-- "mine data": a download link for one person's own data. The file is built when the link is opened, so no copy
-- of the data is kept; the row only says whose it is and until when, and is deleted once it has run out.
CREATE TABLE data_export (
    token       VARCHAR(64)  PRIMARY KEY,
    user_id     VARCHAR(512) NOT NULL,
    aad_id      VARCHAR(128),
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL
);
CREATE INDEX data_export_expiry ON data_export (expires_at);
