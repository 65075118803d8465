-- platform: Idempotency-Key. One row per (user, key): the request's hash, then the first answer,
-- replayed to a retry with the same body for 24 hours.
CREATE TABLE idempotency_keys (
    user_id      ${uuid}       NOT NULL,
    idem_key     VARCHAR(100)  NOT NULL,
    request_hash VARCHAR(64)   NOT NULL,
    status       INT,
    response     ${text},
    location     VARCHAR(500),
    created_at   ${timestamp}  NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);

-- planning: what credits are bought with, how, at what discount, and the requests to buy them.
CREATE TABLE planning_packages (
    id         ${uuid}        NOT NULL,
    name       VARCHAR(100)   NOT NULL,
    credits    BIGINT         NOT NULL,
    price      DECIMAL(12, 2) NOT NULL,
    currency   CHAR(3)        NOT NULL,
    active     BOOLEAN        NOT NULL,
    created_at ${timestamp}   NOT NULL,
    CONSTRAINT pk_planning_packages PRIMARY KEY (id)
);
CREATE TABLE planning_payment_methods (
    id           ${uuid}      NOT NULL,
    name         VARCHAR(100) NOT NULL,
    instructions ${text}      NOT NULL,
    active       BOOLEAN      NOT NULL,
    created_at   ${timestamp} NOT NULL,
    CONSTRAINT pk_planning_payment_methods PRIMARY KEY (id)
);
CREATE TABLE planning_discount_codes (
    id                ${uuid}        NOT NULL,
    code              VARCHAR(40)    NOT NULL,
    kind              VARCHAR(10)    NOT NULL,
    amount            DECIMAL(12, 2) NOT NULL,
    valid_from        ${timestamp},
    valid_until       ${timestamp},
    max_uses          INT,
    max_uses_per_user INT,
    uses              INT            DEFAULT 0 NOT NULL,
    active            BOOLEAN        NOT NULL,
    created_at        ${timestamp}   NOT NULL,
    CONSTRAINT pk_planning_discount_codes PRIMARY KEY (id),
    CONSTRAINT uq_planning_discount_codes UNIQUE (code)
);
CREATE TABLE planning_payments (
    id               ${uuid}        NOT NULL,
    user_id          ${uuid}        NOT NULL,
    package_id       ${uuid}        NOT NULL,
    method_id        ${uuid}        NOT NULL,
    discount_code_id ${uuid},
    credits          BIGINT         NOT NULL,
    amount           DECIMAL(12, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    status           VARCHAR(12)    NOT NULL,
    receipt_file_id  ${uuid},
    note             VARCHAR(500),
    decided_by       ${uuid},
    decided_at       ${timestamp},
    created_at       ${timestamp}   NOT NULL,
    CONSTRAINT pk_planning_payments PRIMARY KEY (id)
);
CREATE INDEX ix_planning_payments_status ON planning_payments (status, created_at);
CREATE INDEX ix_planning_payments_user ON planning_payments (user_id, created_at);
