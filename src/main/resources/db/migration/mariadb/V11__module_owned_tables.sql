-- Each module owns its tables: no foreign key crosses a module boundary. What the cascades did is now
-- done by listeners (UserDeleted: sites, files, collections; SiteDeleted: interactions).
ALTER TABLE site_members DROP FOREIGN KEY fk_site_members_user;
ALTER TABLE categories DROP FOREIGN KEY fk_categories_owner;
ALTER TABLE items DROP FOREIGN KEY fk_items_owner;
ALTER TABLE interactions DROP FOREIGN KEY fk_interactions_site;
