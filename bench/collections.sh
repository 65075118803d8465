#!/usr/bin/env bash
# Collections benchmark on PostgreSQL: one owner with 1,000,000 items (seed-demo collections), then
# wrk on item by id, the first page (cursor and numbered), a page 400 deep in the cursor chain, a q
# search and a field filter. Prints req/s, p50 and p99.
# Usage: bench/collections.sh [items, default 1000000] [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
COUNT=${1:-1000000}
DURATION=${2:-15}

seeded_database collections "collections --count $COUNT"
PASSWORD=$(awk '$1 == "collector" {print $2}' "$WORK/seed.txt")

start_hearth HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000
TOKEN=$(login_token collector "$PASSWORD")
AUTH="Authorization: Bearer $TOKEN"
ID=$(curl -sf "$BASE/api/v1/collections/items?cursor=&per_page=1" -H "$AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')
CURSOR=""
for _ in $(seq 1 400); do
  CURSOR=$(curl -sf "$BASE/api/v1/collections/items?per_page=25&cursor=$CURSOR" -H "$AUTH" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["pagination"]["next_cursor"])')
done

# 100,000 random item ids for the uncached by-id run (the view cache holds 20,000)
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/v1/collections/items/' || id FROM items ORDER BY random() LIMIT 100000" \
  | paths_lua "$WORK/random-items.lua"
# q = a part name and a number prefix, e.g. "diode 47": varied, so that no page is the same twice
python3 -c '
import random
parts = ["resistor", "capacitor", "transistor", "diode", "regulator", "inductor", "led", "crystal", "relay", "fuse"]
for _ in range(5000):
    print("/api/v1/collections/items?cursor=&q=%s%%20%d" % (random.choice(parts), random.randint(10, 99)))
' | paths_lua "$WORK/random-q.lua"

PAGES="/api/v1/collections/items?cursor=
/api/v1/collections/items
/api/v1/collections/items?cursor=$CURSOR
/api/v1/collections/items?cursor=&q=transistor%2012
/api/v1/collections/items?cursor=&field.package=to92&field.value.min=5000
/api/v1/collections/items/$ID
/api/v1/auth/me"
warm_up "${WARMUP:-90}" "$AUTH" <<< "$PAGES"

echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), PostgreSQL, $COUNT items for one owner, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
# the cheapest authenticated request: what the framework costs on this machine today
measure "GET /auth/me (reference)" "$BASE/api/v1/auth/me" "$AUTH"
measure "item by id (same item)" "$BASE/api/v1/collections/items/$ID" "$AUTH"
measure "item by id (random of 100,000)" "@$WORK/random-items.lua" "$AUTH"
measure "first page (cursor)" "$BASE/api/v1/collections/items?cursor=" "$AUTH"
measure "first page (numbered, total)" "$BASE/api/v1/collections/items" "$AUTH"
measure "cursor page 400 deep" "$BASE/api/v1/collections/items?cursor=$CURSOR" "$AUTH"
measure "q=transistor 12 (cursor)" "$BASE/api/v1/collections/items?cursor=&q=transistor%2012" "$AUTH"
measure "q=<part> <nn> (random, cursor)" "@$WORK/random-q.lua" "$AUTH"
measure "field.package=to92&field.value.min=5000" "$BASE/api/v1/collections/items?cursor=&field.package=to92&field.value.min=5000" "$AUTH"
