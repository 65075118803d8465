-- Spring Modulith's event publication registry: one row per event and listener, written in the
-- publishing transaction, removed when the listener completes (completion-mode: delete), so what is
-- left is what still has to run; it is resubmitted on start and by the events.resubmit job.
CREATE TABLE event_publication (
    id                     ${uuid}       NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       ${text}       NOT NULL,
    publication_date       ${timestamp}  NOT NULL,
    completion_date        ${timestamp},
    last_resubmission_date ${timestamp},
    completion_attempts    INT           NOT NULL,
    status                 VARCHAR(20),
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);

CREATE INDEX ix_event_publication_completion ON event_publication (completion_date, publication_date);

-- only used when completion-mode is archive; present so that switching needs no migration
CREATE TABLE event_publication_archive (
    id                     ${uuid}       NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       ${text}       NOT NULL,
    publication_date       ${timestamp}  NOT NULL,
    completion_date        ${timestamp},
    last_resubmission_date ${timestamp},
    completion_attempts    INT           NOT NULL,
    status                 VARCHAR(20),
    CONSTRAINT pk_event_publication_archive PRIMARY KEY (id)
);
