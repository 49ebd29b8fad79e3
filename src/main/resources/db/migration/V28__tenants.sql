-- Institutions and imported decks belong to a tenant (the Entra tenant of the conversations that use them). Rows
-- from before have none: such a row belongs to the tenant of the first conversation that uses it (is linked to it,
-- shows it or chooses the deck), and from then on only to that tenant. Built-in decks belong to every tenant.
ALTER TABLE institution ADD COLUMN tenant_id VARCHAR(128);
ALTER TABLE deck ADD COLUMN tenant_id VARCHAR(128);
