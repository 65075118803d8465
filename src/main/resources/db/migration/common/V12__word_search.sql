-- Word-prefix search (platform TextSearch): each searchable row keeps its terms (SearchTokens, made in
-- Java so every database sees the same words) and the terms of its name for the relevance tier; rows
-- with an older search_version (0: never indexed, as every existing row here) are made again by the
-- background search.reindex job or `hearth reindex`, in batches.
-- The substring design's column goes first (on PostgreSQL its trigram index with it): MariaDB counts
-- every VARCHAR against its 64 KiB row limit, so the new columns are ${text}.
ALTER TABLE items DROP COLUMN search_text;
ALTER TABLE interactions DROP COLUMN search_text;
ALTER TABLE items ADD COLUMN search_terms ${text};
ALTER TABLE items ADD COLUMN name_terms ${text};
ALTER TABLE items ADD COLUMN search_version INT DEFAULT 0 NOT NULL;
ALTER TABLE interactions ADD COLUMN search_terms ${text};
ALTER TABLE interactions ADD COLUMN name_terms ${text};
ALTER TABLE interactions ADD COLUMN search_version INT DEFAULT 0 NOT NULL;
CREATE INDEX ix_items_search_version ON items (search_version);
CREATE INDEX ix_interactions_search_version ON interactions (search_version);

-- postings, where the database has no full-text index Hearth uses (MariaDB/MySQL, H2); empty on
-- PostgreSQL. A query walks the rarest token's (scope, term) range and probes the others by (row, term).
CREATE TABLE item_terms (
    scope_id   ${uuid}      NOT NULL,
    term       ${term}      NOT NULL,
    created_at ${timestamp} NOT NULL,
    row_id     ${uuid}      NOT NULL,
    CONSTRAINT pk_item_terms PRIMARY KEY (scope_id, term, created_at, row_id)
);
CREATE INDEX ix_item_terms_row ON item_terms (row_id, term);

CREATE TABLE interaction_terms (
    scope_id   ${uuid}      NOT NULL,
    term       ${term}      NOT NULL,
    created_at ${timestamp} NOT NULL,
    row_id     ${uuid}      NOT NULL,
    CONSTRAINT pk_interaction_terms PRIMARY KEY (scope_id, term, created_at, row_id)
);
CREATE INDEX ix_interaction_terms_row ON interaction_terms (row_id, term);

-- every word a scope (owner, site) used: where suggestions come from
CREATE TABLE item_vocabulary (
    scope_id ${uuid} NOT NULL,
    term     ${term} NOT NULL,
    CONSTRAINT pk_item_vocabulary PRIMARY KEY (scope_id, term)
);

CREATE TABLE interaction_vocabulary (
    scope_id ${uuid} NOT NULL,
    term     ${term} NOT NULL,
    CONSTRAINT pk_interaction_vocabulary PRIMARY KEY (scope_id, term)
);
