-- Issue 13: an entry's "level" meant a ring (a boble), a category (a dialogue note) or a role, and its value_ids
-- held either the værdisæt ids of a proposal or the tags of a proposed goal. Each gets its own column; the
-- existing rows move over (the three vocabularies never shared a word), and V15 drops "level".
ALTER TABLE session_entry ADD COLUMN ring VARCHAR(64);
ALTER TABLE session_entry ADD COLUMN category VARCHAR(64);
ALTER TABLE session_entry ADD COLUMN role VARCHAR(64);
ALTER TABLE session_entry ADD COLUMN quality_type VARCHAR(64);
ALTER TABLE session_entry ADD COLUMN capital VARCHAR(64);

UPDATE session_entry SET ring = level WHERE level IN ('INSTITUTION', 'KOMMUNAL', 'NATIONAL', 'INTERNATIONAL');
UPDATE session_entry SET category = level WHERE level IN ('NOTE', 'ASSESSMENT', 'GOAL');
-- Whatever else a level held was a role (DAGTILBUDSCHEF, TEAMLEDER, ...): kept as it was, not guessed at.
UPDATE session_entry SET role = level WHERE level IS NOT NULL AND ring IS NULL AND category IS NULL;

UPDATE session_entry SET quality_type = CASE
        WHEN ',' || value_ids || ',' LIKE '%,STRUKTUR,%' THEN 'STRUKTUR'
        WHEN ',' || value_ids || ',' LIKE '%,PROCES,%' THEN 'PROCES'
        WHEN ',' || value_ids || ',' LIKE '%,RESULTAT,%' THEN 'RESULTAT' END,
    capital = CASE
        WHEN ',' || value_ids || ',' LIKE '%,INDIVIDUEL,%' THEN 'INDIVIDUEL'
        WHEN ',' || value_ids || ',' LIKE '%,SOCIAL,%' THEN 'SOCIAL'
        WHEN ',' || value_ids || ',' LIKE '%,BESLUTNING,%' THEN 'BESLUTNING' END
    WHERE category IS NOT NULL AND value_ids IS NOT NULL;
-- value_ids now means one thing: the værdisæt ids a proposal builds on.
UPDATE session_entry SET value_ids = NULL WHERE category IS NOT NULL;
