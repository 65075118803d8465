-- PostgreSQL answers planning's q from generated tsvectors, as V13 does for items and interactions.
ALTER TABLE planning_analyses ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
ALTER TABLE planning_analyses ADD COLUMN name_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name_terms, ''))) STORED;
CREATE INDEX ix_planning_analyses_search ON planning_analyses USING gin (search_vector);
