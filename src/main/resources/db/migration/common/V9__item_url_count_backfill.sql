-- Separate from V8: MariaDB cannot roll back DDL, so a failed backfill must not leave V8 half done.
UPDATE items SET url_count = (SELECT COUNT(*) FROM item_urls u WHERE u.item_id = items.id)
WHERE id IN (SELECT item_id FROM item_urls);
