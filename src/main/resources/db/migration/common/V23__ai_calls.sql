-- ai: one row per call to the model provider (the admin's usage figures). The UTC day is
-- stored so that grouping by day is the same plain GROUP BY on every database.
CREATE TABLE ai_calls (
    id            ${uuid}      NOT NULL,
    call_day      DATE         NOT NULL,
    created_at    ${timestamp} NOT NULL,
    purpose       VARCHAR(60)  NOT NULL,
    provider      VARCHAR(20)  NOT NULL,
    model         VARCHAR(100) NOT NULL,
    input_tokens  BIGINT       NOT NULL,
    output_tokens BIGINT       NOT NULL,
    latency_ms    BIGINT       NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_ai_calls PRIMARY KEY (id)
);
CREATE INDEX ix_ai_calls_day ON ai_calls (call_day);
