-- db-scheduler's queue (see JobsConfiguration): one row per queued or running job.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            ${blob},
    execution_time       ${timestamp} NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         ${timestamp},
    last_failure         ${timestamp},
    consecutive_failures INT,
    last_heartbeat       ${timestamp},
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);

-- Jobs that exhausted their retries: kept for admins, without their payloads.
CREATE TABLE job_failures (
    id        ${uuid}       NOT NULL,
    kind      VARCHAR(100)  NOT NULL,
    job_id    VARCHAR(100)  NOT NULL,
    attempts  INT           NOT NULL,
    error     VARCHAR(1000) NOT NULL,
    failed_at ${timestamp}  NOT NULL,
    CONSTRAINT pk_job_failures PRIMARY KEY (id)
);

CREATE INDEX ix_job_failures_failed_at ON job_failures (failed_at);
