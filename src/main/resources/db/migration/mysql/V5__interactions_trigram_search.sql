-- Trigram search indexes exist on PostgreSQL only (see postgresql/V5); MySQL scans the site's rows.
SELECT 1;
