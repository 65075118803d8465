-- club: images of venues (hero, gallery), artists (profile) and events (poster), stored by the files
-- module; a row here says which file shows where. The file's owner is the club, not the staff
-- member who uploaded it, so that deleting a staff account leaves the club's pictures alone.
CREATE TABLE club_images (
    file_id    ${uuid}      NOT NULL,
    target_id  ${uuid}      NOT NULL,
    role       VARCHAR(10)  NOT NULL,
    position   INT          NOT NULL,
    created_at ${timestamp} NOT NULL,
    CONSTRAINT pk_club_images PRIMARY KEY (file_id)
);
CREATE INDEX ix_club_images_target ON club_images (target_id, role, position);
