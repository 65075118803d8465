-- How many links an item has, kept like photo_count: lists then fetch links only for the items
-- that have some, instead of one extra query per page.
ALTER TABLE items ADD url_count INT DEFAULT 0 NOT NULL;
