-- club: series (a residency with an RFC 5545 rule); their occurrences are real club_events rows,
-- keyed by the local start the rule gave them, and detached once edited alone; and the time a job
-- publishes a draft
CREATE TABLE club_series (
    id                 ${uuid}       NOT NULL,
    slug               VARCHAR(100)  NOT NULL,
    rrule              VARCHAR(300)  NOT NULL,
    time_zone          VARCHAR(64)   NOT NULL,
    first_start        ${timestamp}  NOT NULL,
    duration_minutes   INT           NOT NULL,
    template           ${text}       NOT NULL,
    publication        VARCHAR(10)   NOT NULL,
    materialised_until ${timestamp},
    created_at         ${timestamp}  NOT NULL,
    updated_at         ${timestamp}  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_club_series PRIMARY KEY (id),
    CONSTRAINT uq_club_series_slug UNIQUE (slug)
);

ALTER TABLE club_events ADD COLUMN publish_at ${timestamp};
ALTER TABLE club_events ADD COLUMN series_id ${uuid};
ALTER TABLE club_events ADD COLUMN occurrence VARCHAR(19);
ALTER TABLE club_events ADD COLUMN detached BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE club_events ADD CONSTRAINT fk_club_events_series FOREIGN KEY (series_id) REFERENCES club_series (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX uq_club_events_occurrence ON club_events (series_id, occurrence);
