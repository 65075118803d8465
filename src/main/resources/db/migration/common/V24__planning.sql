-- planning (Planlyze): analyses, their tabs (every revision kept), the progress log the SSE streams
-- read, and the credit ledger. See ../shared/spec/planning.md.
CREATE TABLE planning_analyses (
    id              ${uuid}        NOT NULL,
    owner_id        ${uuid}        NOT NULL,
    title           VARCHAR(120)   NOT NULL,
    idea            ${text}        NOT NULL,
    industry        VARCHAR(100)   NOT NULL,
    target_market   VARCHAR(500)   NOT NULL,
    country         CHAR(2)        NOT NULL,
    city            VARCHAR(100),
    budget_min      DECIMAL(14, 2),
    budget_max      DECIMAL(14, 2),
    budget_currency CHAR(3),
    language        VARCHAR(8)     NOT NULL,
    tier            VARCHAR(8)     NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    cost            BIGINT         NOT NULL,
    progress_seq    BIGINT         DEFAULT 0 NOT NULL,
    search_terms    ${text},
    name_terms      ${text},
    search_version  INT            DEFAULT 0 NOT NULL,
    created_at      ${timestamp}   NOT NULL,
    updated_at      ${timestamp}   NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT pk_planning_analyses PRIMARY KEY (id)
);
CREATE INDEX ix_planning_analyses_owner ON planning_analyses (owner_id, created_at, id);
CREATE INDEX ix_planning_analyses_created ON planning_analyses (created_at, id);
CREATE INDEX ix_planning_analyses_search_version ON planning_analyses (search_version);

-- One row per generated revision of a tab; "current" marks the one shown. A job claims a tab by a
-- compare-and-set on status and attempt; a running one beats heartbeat_at, and the watchdog queues
-- again those whose heartbeat stopped.
CREATE TABLE planning_tabs (
    id             ${uuid}       NOT NULL,
    analysis_id    ${uuid}       NOT NULL,
    tab            VARCHAR(12)   NOT NULL,
    revision       INT           NOT NULL,
    is_current     BOOLEAN       NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    feedback       VARCHAR(2000),
    content        ${text},
    schema_version INT           NOT NULL,
    model          VARCHAR(100),
    input_tokens   BIGINT        DEFAULT 0 NOT NULL,
    output_tokens  BIGINT        DEFAULT 0 NOT NULL,
    duration_ms    BIGINT,
    error          VARCHAR(500),
    attempt        INT           DEFAULT 0 NOT NULL,
    heartbeat_at   ${timestamp},
    created_at     ${timestamp}  NOT NULL,
    updated_at     ${timestamp}  NOT NULL,
    CONSTRAINT pk_planning_tabs PRIMARY KEY (id),
    CONSTRAINT uq_planning_tabs_revision UNIQUE (analysis_id, tab, revision)
);
CREATE INDEX ix_planning_tabs_status ON planning_tabs (status, heartbeat_at);

-- What an analysis' event stream sends: seq counts per analysis (taken from planning_analyses under its
-- row lock, so commit order is seq order), which makes Last-Event-ID resumable.
CREATE TABLE planning_progress (
    analysis_id ${uuid}      NOT NULL,
    seq         BIGINT       NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    tab         VARCHAR(12),
    data        ${text}      NOT NULL,
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT pk_planning_progress PRIMARY KEY (analysis_id, seq)
);
CREATE INDEX ix_planning_progress_created ON planning_progress (created_at);

-- Credits: one account row per user (available, held) changed only by conditional updates, and an
-- append-only ledger whose (reference, kind) is unique, so that a hold, capture or release happens once.
CREATE TABLE planning_credit_accounts (
    user_id    ${uuid}      NOT NULL,
    available  BIGINT       NOT NULL,
    held       BIGINT       NOT NULL,
    updated_at ${timestamp} NOT NULL,
    CONSTRAINT pk_planning_credit_accounts PRIMARY KEY (user_id),
    CONSTRAINT ck_planning_credit_accounts CHECK (available >= 0 AND held >= 0)
);
CREATE TABLE planning_credit_entries (
    id         ${uuid}       NOT NULL,
    user_id    ${uuid}       NOT NULL,
    kind       VARCHAR(12)   NOT NULL,
    amount     BIGINT        NOT NULL,
    reference  VARCHAR(100)  NOT NULL,
    note       VARCHAR(500),
    created_at ${timestamp}  NOT NULL,
    CONSTRAINT pk_planning_credit_entries PRIMARY KEY (id),
    CONSTRAINT uq_planning_credit_entries UNIQUE (reference, kind)
);
CREATE INDEX ix_planning_credit_entries_user ON planning_credit_entries (user_id, created_at);
-- A hold's state moves held -> captured | released once, by compare-and-set.
CREATE TABLE planning_credit_holds (
    reference  VARCHAR(100) NOT NULL,
    user_id    ${uuid}      NOT NULL,
    amount     BIGINT       NOT NULL,
    state      VARCHAR(10)  NOT NULL,
    created_at ${timestamp} NOT NULL,
    CONSTRAINT pk_planning_credit_holds PRIMARY KEY (reference)
);

-- search postings (MariaDB/MySQL, H2; empty on PostgreSQL): scopes are owners
CREATE TABLE planning_search_terms (
    scope_id   ${uuid}      NOT NULL,
    term       ${term}      NOT NULL,
    created_at ${timestamp} NOT NULL,
    row_id     ${uuid}      NOT NULL,
    CONSTRAINT pk_planning_search_terms PRIMARY KEY (scope_id, term, created_at, row_id)
);
CREATE INDEX ix_planning_search_terms_row ON planning_search_terms (row_id, term);
CREATE TABLE planning_search_vocabulary (
    scope_id ${uuid} NOT NULL,
    term     ${term} NOT NULL,
    CONSTRAINT pk_planning_search_vocabulary PRIMARY KEY (scope_id, term)
);
