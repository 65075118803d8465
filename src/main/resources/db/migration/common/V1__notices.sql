-- The notice board (ops): public announcements written by admins.
CREATE TABLE notices (
    id         ${uuid}       NOT NULL,
    title      VARCHAR(120)  NOT NULL,
    -- lower-cased title: uniqueness that behaves the same on every database's collation
    title_key  VARCHAR(120)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    pinned     BOOLEAN       NOT NULL,
    created_at ${timestamp}  NOT NULL,
    updated_at ${timestamp}  NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT pk_notices PRIMARY KEY (id),
    CONSTRAINT uq_notices_title_key UNIQUE (title_key)
);

CREATE INDEX ix_notices_created ON notices (created_at, id);
