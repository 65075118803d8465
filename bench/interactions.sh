#!/usr/bin/env bash
# Interaction finder benchmark on PostgreSQL: 200,000 interactions across 3 sites (seed-demo), then
# wrk on the finder (text search + type filter + date range), the first page, a cursor page and
# get-by-id. Prints req/s, p50 and p99.
# Usage: bench/interactions.sh [interactions, default 200000] [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
COUNT=${1:-200000}
DURATION=${2:-15}

seeded_database interactions interactions --count "$COUNT"
PASSWORD=$(awk '$1 == "marketing-editor" {print $3}' "$WORK/seed.txt")

start_hearth HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000
TOKEN=$(login_token marketing-editor "$PASSWORD")
AUTH="Authorization: Bearer $TOKEN"
SITE=$(curl -sf "$BASE/api/v1/auth/sites" -H "$AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["site"]["id"])')
ID=$(curl -sf "$BASE/api/v1/interactions?per_page=1" -H "$AUTH" -H "X-Site-Id: $SITE" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')
# a cursor 200 pages deep (5,000 rows in)
CURSOR=""
for _ in $(seq 1 200); do
  CURSOR=$(curl -sf "$BASE/api/v1/interactions?per_page=25&cursor=$CURSOR" -H "$AUTH" -H "X-Site-Id: $SITE" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["pagination"]["next_cursor"])')
done

FINDER="$BASE/api/v1/interactions?q=pricing&type=Call&start_from=2025-06-01T00:00:00Z&start_to=2026-06-01T00:00:00Z"
run() { # run NAME URL (ONLY=regex runs just the matching names)
  if [ -n "${ONLY:-}" ] && ! [[ "$1" =~ $ONLY ]]; then return 0; fi
  wrk -t2 -c32 -d5s -H "$AUTH" -H "X-Site-Id: $SITE" "$2" > /dev/null
  wrk -t2 -c"${CONNS:-8}" -d"${DURATION}s" --latency -H "$AUTH" -H "X-Site-Id: $SITE" "$2" > "$WORK/run.txt"
  report "$1" "$WORK/run.txt"
}
echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), PostgreSQL, $COUNT interactions in 3 sites, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
run "finder q+type+date range" "$FINDER"
run "first page (newest 25)" "$BASE/api/v1/interactions"
run "cursor page 200 deep" "$BASE/api/v1/interactions?per_page=25&cursor=$CURSOR"
run "get by id" "$BASE/api/v1/interactions/$ID"
