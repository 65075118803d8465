-- PostgreSQL answers the club's q from generated tsvectors, as V13 does for items and interactions.
ALTER TABLE club_search_texts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
ALTER TABLE club_search_texts ADD COLUMN name_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name_terms, ''))) STORED;
CREATE INDEX ix_club_search_texts_search ON club_search_texts USING gin (search_vector);
