-- PostgreSQL answers q from stored tsvectors the database generates from the terms ('simple': no
-- stemming, no stop words, so they hold exactly the words SearchTokens made), each with a GIN index.
-- Stored rather than an index expression: a query that walks newest rows and filters them (common
-- words) reads the vector instead of parsing the terms again for every row. Entities never map them;
-- the platform's hearth_fts function names them (SearchFunctions). The trigram indexes went with
-- search_text in V12; pg_trgm is no longer used.
ALTER TABLE items ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
ALTER TABLE items ADD COLUMN name_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name_terms, ''))) STORED;
ALTER TABLE interactions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
ALTER TABLE interactions ADD COLUMN name_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name_terms, ''))) STORED;
CREATE INDEX ix_items_search ON items USING gin (search_vector);
CREATE INDEX ix_items_search_name ON items USING gin (name_vector);
CREATE INDEX ix_interactions_search ON interactions USING gin (search_vector);
CREATE INDEX ix_interactions_search_name ON interactions USING gin (name_vector);
