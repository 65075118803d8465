-- Trigram search indexes exist on PostgreSQL only (see postgresql/V5); H2 scans the site's rows.
SELECT 1;
