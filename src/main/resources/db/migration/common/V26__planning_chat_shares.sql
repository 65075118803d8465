-- planning: the chat about an analysis (premium), its per-user daily quota, and public share links.
CREATE TABLE planning_chat_messages (
    id            ${uuid}      NOT NULL,
    analysis_id   ${uuid}      NOT NULL,
    user_id       ${uuid}      NOT NULL,
    role          VARCHAR(10)  NOT NULL,
    content       ${text}      NOT NULL,
    model         VARCHAR(100),
    input_tokens  BIGINT       DEFAULT 0 NOT NULL,
    output_tokens BIGINT       DEFAULT 0 NOT NULL,
    created_at    ${timestamp} NOT NULL,
    CONSTRAINT pk_planning_chat_messages PRIMARY KEY (id)
);
CREATE INDEX ix_planning_chat_messages_analysis ON planning_chat_messages (analysis_id, created_at);
-- messages sent per user and UTC day, raised by a conditional update (never past the limit)
CREATE TABLE planning_chat_quota (
    user_id  ${uuid} NOT NULL,
    quota_day DATE   NOT NULL,
    used     INT     NOT NULL,
    CONSTRAINT pk_planning_chat_quota PRIMARY KEY (user_id, quota_day)
);
-- a share link's token is stored only as its SHA-256
CREATE TABLE planning_shares (
    id          ${uuid}      NOT NULL,
    analysis_id ${uuid}      NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    expires_at  ${timestamp},
    revoked_at  ${timestamp},
    views       BIGINT       DEFAULT 0 NOT NULL,
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT pk_planning_shares PRIMARY KEY (id),
    CONSTRAINT uq_planning_shares_token UNIQUE (token_hash)
);
CREATE INDEX ix_planning_shares_analysis ON planning_shares (analysis_id);
