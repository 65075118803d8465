-- Each module owns its tables: no foreign key crosses a module boundary. What the cascades did is now
-- done by listeners (UserDeleted: sites, files, collections; SiteDeleted: interactions).
ALTER TABLE site_members DROP CONSTRAINT fk_site_members_user;
ALTER TABLE categories DROP CONSTRAINT fk_categories_owner;
ALTER TABLE items DROP CONSTRAINT fk_items_owner;
ALTER TABLE interactions DROP CONSTRAINT fk_interactions_site;
