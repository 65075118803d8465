-- PostgreSQL only: q's substring search on items uses a trigram index (see V5 for interactions).
CREATE INDEX ix_items_search_trgm ON items USING gin (search_text gin_trgm_ops);
