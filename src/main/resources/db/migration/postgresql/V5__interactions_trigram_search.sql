-- PostgreSQL only: q's substring search (LIKE '%...%' on search_text) uses a trigram index instead of
-- reading every row of the site. pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_interactions_search_trgm ON interactions USING gin (search_text gin_trgm_ops);
