-- club: how members want to hear about the programme, what they follow, where they go, and what
-- they were told (one row per member, kind and subject: the unique key is what makes a
-- notification happen at most once, whichever job or instance makes it)
CREATE TABLE club_members (
    user_id               ${uuid}      NOT NULL,
    new_events            BOOLEAN      NOT NULL,
    reminders             BOOLEAN      NOT NULL,
    reminder_hours_before INT          NOT NULL,
    event_updates         BOOLEAN      NOT NULL,
    weekly_digest         BOOLEAN      NOT NULL,
    language              VARCHAR(8),
    time_zone             VARCHAR(64),
    quiet_from            VARCHAR(5),
    quiet_until           VARCHAR(5),
    calendar_alarm        INT,
    calendar_token_hash   VARCHAR(64),
    created_at            ${timestamp} NOT NULL,
    updated_at            ${timestamp} NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT pk_club_members PRIMARY KEY (user_id),
    CONSTRAINT uq_club_members_calendar UNIQUE (calendar_token_hash)
);

-- kind: venue, artist or event; no foreign key, since it points at one of three tables (the
-- club deletes a venue's or artist's favourites with it)
CREATE TABLE club_favourites (
    user_id    ${uuid}      NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    target_id  ${uuid}      NOT NULL,
    created_at ${timestamp} NOT NULL,
    CONSTRAINT pk_club_favourites PRIMARY KEY (user_id, kind, target_id)
);

CREATE INDEX ix_club_favourites_target ON club_favourites (kind, target_id);

CREATE TABLE club_going (
    user_id    ${uuid}      NOT NULL,
    event_id   ${uuid}      NOT NULL,
    created_at ${timestamp} NOT NULL,
    CONSTRAINT pk_club_going PRIMARY KEY (user_id, event_id),
    CONSTRAINT fk_club_going_event FOREIGN KEY (event_id) REFERENCES club_events (id) ON DELETE CASCADE
);

CREATE INDEX ix_club_going_event ON club_going (event_id);

-- subject: the event's id, or the ISO week of a digest (2026-W49)
CREATE TABLE club_notifications (
    id          ${uuid}       NOT NULL,
    user_id     ${uuid}       NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    subject     VARCHAR(40)   NOT NULL,
    event_id    ${uuid},
    due_at      ${timestamp}  NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    mailed      BOOLEAN       NOT NULL,
    attempts    INT           NOT NULL,
    last_error  VARCHAR(500),
    read_at     ${timestamp},
    sent_at     ${timestamp},
    created_at  ${timestamp}  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_club_notifications PRIMARY KEY (id),
    CONSTRAINT uq_club_notifications_once UNIQUE (user_id, kind, subject),
    CONSTRAINT fk_club_notifications_event FOREIGN KEY (event_id) REFERENCES club_events (id) ON DELETE CASCADE
);

CREATE INDEX ix_club_notifications_due ON club_notifications (status, due_at);
CREATE INDEX ix_club_notifications_member ON club_notifications (user_id, created_at);
