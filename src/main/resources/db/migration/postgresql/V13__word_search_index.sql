-- PostgreSQL answers q from a GIN full-text index over the stored terms ('simple': no stemming, no stop
-- words, so it matches exactly the words SearchTokens made); the query is written as this expression
-- (platform SearchFunctions), so the planner uses it. The trigram indexes went with search_text in V12;
-- pg_trgm is no longer used.
CREATE INDEX ix_items_search ON items USING gin (to_tsvector('simple', search_terms));
CREATE INDEX ix_interactions_search ON interactions USING gin (to_tsvector('simple', search_terms));
-- the relevance tier (names and titles matching every word) is read as a query of its own
CREATE INDEX ix_items_search_name ON items USING gin (to_tsvector('simple', name_terms));
CREATE INDEX ix_interactions_search_name ON interactions USING gin (to_tsvector('simple', name_terms));
