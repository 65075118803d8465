-- Trigram search indexes exist on PostgreSQL only (see postgresql/V7).
SELECT 1;
