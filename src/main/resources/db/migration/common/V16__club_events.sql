-- club: events at a venue, their texts one row per language, the artists on the bill in order
CREATE TABLE club_events (
    id           ${uuid}       NOT NULL,
    slug         VARCHAR(100)  NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    venue_id     ${uuid}       NOT NULL,
    starts_at    ${timestamp}  NOT NULL,
    ends_at      ${timestamp}  NOT NULL,
    time_zone    VARCHAR(64)   NOT NULL,
    is_featured  BOOLEAN       NOT NULL,
    publication  VARCHAR(10)   NOT NULL,
    unlisted     BOOLEAN       NOT NULL,
    created_at   ${timestamp}  NOT NULL,
    updated_at   ${timestamp}  NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_club_events PRIMARY KEY (id),
    CONSTRAINT uq_club_events_slug UNIQUE (slug),
    CONSTRAINT fk_club_events_venue FOREIGN KEY (venue_id) REFERENCES club_venues (id)
);

-- the public programme: published, by start
CREATE INDEX ix_club_events_programme ON club_events (publication, starts_at, id);
CREATE INDEX ix_club_events_venue ON club_events (venue_id, starts_at);

CREATE TABLE club_event_texts (
    event_id    ${uuid}       NOT NULL,
    language    VARCHAR(8)    NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description ${text},
    CONSTRAINT pk_club_event_texts PRIMARY KEY (event_id, language),
    CONSTRAINT fk_club_event_texts_event FOREIGN KEY (event_id) REFERENCES club_events (id) ON DELETE CASCADE
);

CREATE TABLE club_event_artists (
    event_id  ${uuid}     NOT NULL,
    position  INT         NOT NULL,
    artist_id ${uuid}     NOT NULL,
    set_time  VARCHAR(5),
    CONSTRAINT pk_club_event_artists PRIMARY KEY (event_id, position),
    CONSTRAINT fk_club_event_artists_event FOREIGN KEY (event_id) REFERENCES club_events (id) ON DELETE CASCADE,
    CONSTRAINT fk_club_event_artists_artist FOREIGN KEY (artist_id) REFERENCES club_artists (id)
);

CREATE INDEX ix_club_event_artists_artist ON club_event_artists (artist_id);
