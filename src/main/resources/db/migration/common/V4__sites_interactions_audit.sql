-- sites: tenancy and per-site roles
CREATE TABLE sites (
    id          ${uuid}       NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    name_key    VARCHAR(100)  NOT NULL,
    description VARCHAR(1000),
    is_active   BOOLEAN       NOT NULL,
    created_at  ${timestamp}  NOT NULL,
    updated_at  ${timestamp}  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_sites PRIMARY KEY (id),
    CONSTRAINT uq_sites_name_key UNIQUE (name_key)
);

CREATE TABLE site_members (
    site_id     ${uuid}      NOT NULL,
    user_id     ${uuid}      NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    assigned_at ${timestamp} NOT NULL,
    CONSTRAINT pk_site_members PRIMARY KEY (site_id, user_id),
    CONSTRAINT fk_site_members_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
    CONSTRAINT fk_site_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_site_members_user ON site_members (user_id);

-- the site a user works in when a request names none
CREATE TABLE site_defaults (
    user_id ${uuid} NOT NULL,
    site_id ${uuid} NOT NULL,
    CONSTRAINT pk_site_defaults PRIMARY KEY (user_id),
    CONSTRAINT fk_site_defaults_member FOREIGN KEY (site_id, user_id) REFERENCES site_members (site_id, user_id) ON DELETE CASCADE
);

-- interactions: the site-scoped log
CREATE TABLE interactions (
    id          ${uuid}       NOT NULL,
    site_id     ${uuid}       NOT NULL,
    title       VARCHAR(255)  NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    lead        VARCHAR(100)  NOT NULL,
    start_at    ${timestamp}  NOT NULL,
    end_at      ${timestamp},
    timezone    VARCHAR(64)   NOT NULL,
    location    VARCHAR(255),
    description VARCHAR(5000),
    notes       VARCHAR(2000),
    -- lower-cased title, lead, type, location, description and notes: what q searches
    search_text VARCHAR(8000) NOT NULL,
    created_by  ${uuid}       NOT NULL,
    created_at  ${timestamp}  NOT NULL,
    updated_by  ${uuid}       NOT NULL,
    updated_at  ${timestamp}  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_interactions PRIMARY KEY (id),
    CONSTRAINT fk_interactions_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
);

CREATE INDEX ix_interactions_site_created ON interactions (site_id, created_at, id);
CREATE INDEX ix_interactions_site_start ON interactions (site_id, start_at);
CREATE INDEX ix_interactions_site_type_start ON interactions (site_id, type, start_at);

-- audit: who changed what, fed by events from any module
CREATE TABLE audit_entries (
    id            ${uuid}      NOT NULL,
    resource_type VARCHAR(40)  NOT NULL,
    resource_id   ${uuid}      NOT NULL,
    site_id       ${uuid},
    action        VARCHAR(20)  NOT NULL,
    actor_id      ${uuid},
    request_id    VARCHAR(128),
    changes       ${text}      NOT NULL,
    occurred_at   ${timestamp} NOT NULL,
    CONSTRAINT pk_audit_entries PRIMARY KEY (id)
);

CREATE INDEX ix_audit_resource ON audit_entries (resource_type, resource_id, occurred_at);
