-- identity: users, their sessions, rotating refresh tokens, single-use mail tokens, denied access tokens.
CREATE TABLE users (
    id             ${uuid}      NOT NULL,
    username       VARCHAR(50)  NOT NULL,
    -- lower-cased copies: case-insensitive uniqueness that behaves the same on every collation
    username_key   VARCHAR(50)  NOT NULL,
    email          VARCHAR(254) NOT NULL,
    email_key      VARCHAR(254) NOT NULL,
    display_name   VARCHAR(100),
    role           VARCHAR(10)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    email_verified BOOLEAN      NOT NULL,
    language       VARCHAR(10)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    failed_logins  INT          NOT NULL,
    locked_until   ${timestamp},
    created_at     ${timestamp} NOT NULL,
    updated_at     ${timestamp} NOT NULL,
    last_login_at  ${timestamp},
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_username_key UNIQUE (username_key),
    CONSTRAINT uq_users_email_key UNIQUE (email_key)
);

CREATE INDEX ix_users_created ON users (created_at, id);
CREATE INDEX ix_users_role_status ON users (role, status);

CREATE TABLE sessions (
    id            ${uuid}      NOT NULL,
    user_id       ${uuid}      NOT NULL,
    created_at    ${timestamp} NOT NULL,
    last_used_at  ${timestamp} NOT NULL,
    expires_at    ${timestamp} NOT NULL,
    revoked_at    ${timestamp},
    revoke_reason VARCHAR(40),
    ip            VARCHAR(45),
    user_agent    VARCHAR(255),
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_sessions_user ON sessions (user_id, created_at);

CREATE TABLE refresh_tokens (
    id         ${uuid}      NOT NULL,
    session_id ${uuid}      NOT NULL,
    -- SHA-256 of the token: the token itself is never stored
    token_hash CHAR(64)     NOT NULL,
    issued_at  ${timestamp} NOT NULL,
    expires_at ${timestamp} NOT NULL,
    spent_at   ${timestamp},
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
    CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE one_time_tokens (
    id         ${uuid}      NOT NULL,
    user_id    ${uuid}      NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    -- the address a verification token confirms
    email      VARCHAR(254),
    created_at ${timestamp} NOT NULL,
    expires_at ${timestamp} NOT NULL,
    used_at    ${timestamp},
    CONSTRAINT pk_one_time_tokens PRIMARY KEY (id),
    CONSTRAINT uq_one_time_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_one_time_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_one_time_tokens_user ON one_time_tokens (user_id, purpose);

CREATE TABLE denied_tokens (
    jti        VARCHAR(64)  NOT NULL,
    session_id ${uuid}      NOT NULL,
    expires_at ${timestamp} NOT NULL,
    CONSTRAINT pk_denied_tokens PRIMARY KEY (jti)
);

CREATE INDEX ix_denied_tokens_expires ON denied_tokens (expires_at);
CREATE INDEX ix_denied_tokens_session ON denied_tokens (session_id);
