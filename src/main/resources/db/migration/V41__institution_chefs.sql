-- The Skole- og dagtilbudschef (an area leader in Aalborg's terms) an institution's file names: they lead several
-- institutions and see them together in one overview. Known by Entra object id, as the institution's leaders are.
CREATE TABLE institution_chef (
    institution_id  VARCHAR(64)  NOT NULL REFERENCES institution (id),
    ordinal         INTEGER      NOT NULL,
    aad_id          VARCHAR(128) NOT NULL,
    name            VARCHAR(256) NOT NULL,
    PRIMARY KEY (institution_id, aad_id)
);

CREATE INDEX institution_chef_aad ON institution_chef (aad_id);
