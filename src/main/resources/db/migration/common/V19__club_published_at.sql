-- club: when an event was (last) published, for the Atom feed of what is new
ALTER TABLE club_events ADD COLUMN published_at ${timestamp};
CREATE INDEX ix_club_events_published ON club_events (publication, published_at);
