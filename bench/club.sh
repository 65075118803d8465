#!/usr/bin/env bash
# The club's benchmark on PostgreSQL (BENCH_VENDOR=mariadb for MariaDB): 50,000 events over 11 venues
# (`seed-demo club --events`), 5,000 members each following two venues, then wrk at 8 connections on
# the public reads — the programme (API and page), an event by slug, a venue's iCalendar feed and
# `now` — anonymous (fresh, and revalidated with If-None-Match as a cache does) and signed in, with
# GET /api/v1/auth/me as the reference of the same run; last, the time the reminder job takes to
# queue the reminders of those 5,000 members (from its own log line).
# Targets (issue 13): every public read p99 < 20 ms; anonymous cached reads >= the /me req/s.
# Usage: bench/club.sh [events, default 50000] [members, default 5000] [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
COUNT=${1:-50000}
MEMBERS=${2:-5000}
DURATION=${3:-15}

seeded_database club "club --events $COUNT"

# members as rows only: the reads and the reminder job need their favourites and preferences, not
# accounts (mail delivery, which needs accounts, is not measured here)
# (and the bootstrap admin of an earlier run on a kept database: start_hearth makes it again with this
# run's password)
members_sql="
DELETE FROM users WHERE username = 'bench';
DELETE FROM club_favourites; DELETE FROM club_notifications; DELETE FROM club_members;
CREATE TEMPORARY TABLE bench_members AS
  $( [ "$BENCH_VENDOR" = mariadb ] && echo "SELECT seq AS n, UUID() AS user_id FROM seq_1_to_$MEMBERS" \
    || echo "SELECT n, gen_random_uuid() AS user_id FROM generate_series(1, $MEMBERS) AS s(n)" );
INSERT INTO club_members (user_id, new_events, reminders, reminder_hours_before, event_updates, weekly_digest,
  language, created_at, updated_at, version)
  SELECT user_id, TRUE, TRUE, 168, TRUE, FALSE, 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM bench_members;
INSERT INTO club_favourites (user_id, kind, target_id, created_at)
  SELECT m.user_id, 'venue', v.id, CURRENT_TIMESTAMP FROM bench_members m
  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY slug) - 1 AS k FROM club_venues) v
    ON v.k = MOD(m.n, 11) OR v.k = MOD(m.n * 7 + 3, 11);
"
if [ "$BENCH_VENDOR" = mariadb ]; then
  mariadb -h "$BENCH_PG" -uroot "$BENCH_DB" -e "$members_sql"
else
  psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -q -c "$members_sql"
  psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -q -c "VACUUM ANALYZE"
fi

# the reminder job waits (a long interval) until the reads are measured
start_hearth HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000 HEARTH_CLUB_REMINDERS_EVERY=1h
TOKEN=$(login_token bench "$BENCH_ADMIN_PASSWORD")
AUTH="Authorization: Bearer $TOKEN"
VENUE=$(curl -sf "$BASE/api/v1/club/venues" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["slug"])')
EVENT=$(curl -sf "$BASE/api/v1/club/events?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["slug"])')
etag() { curl -sfI "$1" | awk 'tolower($1) == "etag:" {sub(/\r$/, "", $2); print $2}'; }
PROGRAMME="$BASE/api/v1/club/events"
psql_slugs() {
  if [ "$BENCH_VENDOR" = mariadb ]; then
    mariadb -h "$BENCH_PG" -uroot "$BENCH_DB" -N -e "SELECT CONCAT('/api/v1/club/events/', slug) FROM club_events ORDER BY RAND() LIMIT 20000"
  else
    psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/v1/club/events/' || slug FROM club_events ORDER BY random() LIMIT 20000"
  fi
}
psql_slugs | paths_lua "$WORK/random-events.lua"

PAGES="/api/v1/club/events
/api/v1/club/events/$EVENT
/api/v1/club/venues/$VENUE/calendar.ics
/api/v1/club/now
/club/events
/api/v1/auth/me"
warm_up "${WARMUP:-90}" "$AUTH" <<< "$PAGES"

echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $BENCH_VENDOR, $COUNT events over 11 venues, $MEMBERS members, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
measure "GET /auth/me (reference)" "$BASE/api/v1/auth/me" "$AUTH"
measure "programme, anonymous" "$PROGRAMME"
measure "programme, anonymous 304" "$PROGRAMME" "If-None-Match: $(etag "$PROGRAMME")"
measure "programme, signed in" "$PROGRAMME" "$AUTH"
measure "programme page (HTML)" "$BASE/club/events"
measure "event by slug, anonymous" "$BASE/api/v1/club/events/$EVENT"
measure "event by slug, anonymous 304" "$BASE/api/v1/club/events/$EVENT" "If-None-Match: $(etag "$BASE/api/v1/club/events/$EVENT")"
measure "event by slug, signed in" "$BASE/api/v1/club/events/$EVENT" "$AUTH"
measure "random event of 20,000" "@$WORK/random-events.lua"
measure "venue iCalendar, anonymous" "$BASE/api/v1/club/venues/$VENUE/calendar.ics"
measure "venue iCalendar, anonymous 304" "$BASE/api/v1/club/venues/$VENUE/calendar.ics" "If-None-Match: $(etag "$BASE/api/v1/club/venues/$VENUE/calendar.ics")"
measure "now, anonymous" "$BASE/api/v1/club/now"
measure "now, signed in" "$BASE/api/v1/club/now" "$AUTH"

# the reminder job: restarted with a short interval, it runs once the scheduler is up; the reminders
# that its runs during the reads (or an earlier run on a kept database) made go first, or it finds
# nothing left to make
stop_hearth
if [ "$BENCH_VENDOR" = mariadb ]; then
  mariadb -h "$BENCH_PG" -uroot "$BENCH_DB" -e "DELETE FROM club_notifications"
else
  psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -q -c "DELETE FROM club_notifications"
fi
start_hearth HEARTH_CLUB_REMINDERS_EVERY=30s
for _ in $(seq 1 240); do
  line=$(grep -m1 "club.reminders: [1-9]" "$WORK/server.log" || true)
  [ -n "$line" ] && break
  sleep 0.5
done
# the JSON log line's message only
echo "reminder job: $(sed -E 's/.*club\.reminders: ([^"]*).*/\1/' <<< "$line")"
