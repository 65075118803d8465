-- club: q on the programme and the artists through the platform's search port, in the request's
-- language. One search text per (row, language) with that language's fallback applied, so a reader of
-- the Italian site finds an event by the English title it shows when it has no Italian one. Rows
-- with an older search_version (0: every existing row) are indexed by the search.reindex job or
-- `hearth reindex club`.
CREATE TABLE club_search_texts (
    id             ${uuid}       NOT NULL,
    row_id         ${uuid}       NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    language       VARCHAR(8)    NOT NULL,
    search_terms   ${text},
    name_terms     ${text},
    CONSTRAINT pk_club_search_texts PRIMARY KEY (id),
    CONSTRAINT uq_club_search_texts UNIQUE (row_id, language)
);

ALTER TABLE club_events ADD COLUMN search_version INT DEFAULT 0 NOT NULL;
ALTER TABLE club_artists ADD COLUMN search_version INT DEFAULT 0 NOT NULL;
CREATE INDEX ix_club_events_search_version ON club_events (search_version);
CREATE INDEX ix_club_artists_search_version ON club_artists (search_version);

-- postings (MariaDB/MySQL, H2; empty on PostgreSQL): a scope is one kind in one language
CREATE TABLE club_search_terms (
    scope_id   ${uuid}      NOT NULL,
    term       ${term}      NOT NULL,
    created_at ${timestamp} NOT NULL,
    row_id     ${uuid}      NOT NULL,
    CONSTRAINT pk_club_search_terms PRIMARY KEY (scope_id, term, created_at, row_id)
);
CREATE INDEX ix_club_search_terms_row ON club_search_terms (row_id, term);

CREATE TABLE club_search_vocabulary (
    scope_id ${uuid} NOT NULL,
    term     ${term} NOT NULL,
    CONSTRAINT pk_club_search_vocabulary PRIMARY KEY (scope_id, term)
);
