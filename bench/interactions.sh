#!/usr/bin/env bash
# Interaction finder benchmark on PostgreSQL: 200,000 interactions across 3 sites (seed-demo), then
# wrk on the finder (text search + type filter + date range), the first page, a cursor page and
# get-by-id. Prints req/s, p50 and p99.
# Usage: bench/interactions.sh [interactions, default 200000] [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
COUNT=${1:-200000}
DURATION=${2:-15}

seeded_database interactions "interactions --count $COUNT"
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
# the same finder with a random topic word, type and 3-month window each time, so that neither the
# page nor its total is ever the same twice in a row
python3 -c '
import random
words = ["quarterly", "pricing", "onboarding", "renewal", "roadmap", "incident", "training", "budget", "partnership", "launch"]
types = ["Meeting", "Call", "Email", "Presentation", "Conference", "Workshop", "Training", "Review", "Update", "Other"]
for _ in range(5000):
    y, m = random.choice([(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 9)])
    print("/api/v1/interactions?q=%s&type=%s&start_from=%d-%02d-01T00:00:00Z&start_to=%d-%02d-28T00:00:00Z"
          % (random.choice(words), random.choice(types), y, m, y + (m + 2) // 12, (m + 2) % 12 + 1))
' | paths_lua "$WORK/random-finder.lua"
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/v1/interactions/' || id FROM interactions WHERE site_id = '$SITE' ORDER BY random() LIMIT 50000" \
  | paths_lua "$WORK/random-ids.lua"

PAGES="${FINDER#$BASE}
/api/v1/interactions
/api/v1/interactions?per_page=25&cursor=$CURSOR
/api/v1/interactions/$ID
/api/v1/auth/me"
warm_up "${WARMUP:-90}" "$AUTH" "X-Site-Id: $SITE" <<< "$PAGES"

echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), PostgreSQL, $COUNT interactions in 3 sites, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
# the cheapest authenticated request: what the framework costs on this machine today
measure "GET /auth/me (reference)" "$BASE/api/v1/auth/me" "$AUTH"
measure "finder q+type+date range" "$FINDER" "$AUTH" "X-Site-Id: $SITE"
measure "finder, random word/type/window" "@$WORK/random-finder.lua" "$AUTH" "X-Site-Id: $SITE"
measure "first page (newest 25)" "$BASE/api/v1/interactions" "$AUTH" "X-Site-Id: $SITE"
measure "cursor page 200 deep" "$BASE/api/v1/interactions?per_page=25&cursor=$CURSOR" "$AUTH" "X-Site-Id: $SITE"
measure "get by id (same row)" "$BASE/api/v1/interactions/$ID" "$AUTH" "X-Site-Id: $SITE"
measure "get by id (random of 50,000)" "@$WORK/random-ids.lua" "$AUTH" "X-Site-Id: $SITE"
