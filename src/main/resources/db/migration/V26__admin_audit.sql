-- Every administrative change (deck, institution, link, leader, and what later features add): who made it, when,
-- what kind of change and about what. Written in the same moment as the change; never updated.
CREATE TABLE admin_audit (
    id         VARCHAR(36)   PRIMARY KEY,
    at         BIGINT        NOT NULL,
    who        VARCHAR(600)  NOT NULL,
    what       VARCHAR(64)   NOT NULL,
    detail     VARCHAR(2000) NOT NULL,
    tenant_id  VARCHAR(128)
);
CREATE INDEX admin_audit_by_time ON admin_audit (at);
