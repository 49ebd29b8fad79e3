-- The download links of boards and handleplan exports. A link is a token of its own that points at the board or
-- plan (target) until it expires; asking again in the chat replaces it (one live link per kind and target), so an
-- old link stops working. Links made before this table existed (the bare board/export tokens) no longer open.
CREATE TABLE download_link (
    token       VARCHAR(64)  PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    target      VARCHAR(64)  NOT NULL,
    issued_at   BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL,
    UNIQUE (kind, target)
);
