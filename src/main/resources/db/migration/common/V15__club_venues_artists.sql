-- club: venues and artists, their texts one row per language
CREATE TABLE club_venues (
    id              ${uuid}       NOT NULL,
    slug            VARCHAR(100)  NOT NULL,
    capacity        INT           NOT NULL,
    mood            VARCHAR(10)   NOT NULL,
    colour_primary  VARCHAR(7),
    colour_secondary VARCHAR(7),
    colour_accent   VARCHAR(7),
    colour_dark     VARCHAR(7),
    slurl           VARCHAR(500),
    sort_order      INT           NOT NULL,
    is_active       BOOLEAN       NOT NULL,
    created_at      ${timestamp}  NOT NULL,
    updated_at      ${timestamp}  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_club_venues PRIMARY KEY (id),
    CONSTRAINT uq_club_venues_slug UNIQUE (slug)
);

CREATE TABLE club_venue_texts (
    venue_id    ${uuid}       NOT NULL,
    language    VARCHAR(8)    NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    tagline     VARCHAR(300),
    description ${text},
    CONSTRAINT pk_club_venue_texts PRIMARY KEY (venue_id, language),
    CONSTRAINT fk_club_venue_texts_venue FOREIGN KEY (venue_id) REFERENCES club_venues (id) ON DELETE CASCADE
);

CREATE TABLE club_artists (
    id               ${uuid}       NOT NULL,
    slug             VARCHAR(100)  NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    avatar_name      VARCHAR(100),
    performance_type VARCHAR(20)   NOT NULL,
    is_featured      BOOLEAN       NOT NULL,
    is_active        BOOLEAN       NOT NULL,
    created_at       ${timestamp}  NOT NULL,
    updated_at       ${timestamp}  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_club_artists PRIMARY KEY (id),
    CONSTRAINT uq_club_artists_slug UNIQUE (slug)
);

CREATE INDEX ix_club_artists_listed ON club_artists (is_active, performance_type, name);

CREATE TABLE club_artist_texts (
    artist_id ${uuid}     NOT NULL,
    language  VARCHAR(8)  NOT NULL,
    bio       ${text},
    CONSTRAINT pk_club_artist_texts PRIMARY KEY (artist_id, language),
    CONSTRAINT fk_club_artist_texts_artist FOREIGN KEY (artist_id) REFERENCES club_artists (id) ON DELETE CASCADE
);

CREATE TABLE club_artist_links (
    artist_id ${uuid}       NOT NULL,
    position  INT           NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    label     VARCHAR(100),
    CONSTRAINT pk_club_artist_links PRIMARY KEY (artist_id, position),
    CONSTRAINT fk_club_artist_links_artist FOREIGN KEY (artist_id) REFERENCES club_artists (id) ON DELETE CASCADE
);
