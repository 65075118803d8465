#!/usr/bin/env bash
# Collections benchmark on PostgreSQL: one owner with 1,000,000 items (seed-demo collections), then
# wrk on item by id, the first page (cursor and numbered), a page 400 deep in the cursor chain, a q
# search and a field filter. Prints req/s, p50 and p99.
# Usage: bench/collections.sh [items, default 1000000] [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
COUNT=${1:-1000000}
DURATION=${2:-15}

seeded_database collections collections --count "$COUNT"
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

run() { # run NAME URL (ONLY=regex runs just the matching names)
  if [ -n "${ONLY:-}" ] && ! [[ "$1" =~ $ONLY ]]; then return 0; fi
  wrk -t2 -c"${CONNS:-8}" -d5s -H "$AUTH" "$2" > /dev/null
  wrk -t2 -c"${CONNS:-8}" -d"${DURATION}s" --latency -H "$AUTH" "$2" > "$WORK/run.txt"
  report "$1" "$WORK/run.txt"
}
echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), PostgreSQL, $COUNT items for one owner, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
run "item by id" "$BASE/api/v1/collections/items/$ID"
run "first page (cursor)" "$BASE/api/v1/collections/items?cursor="
run "first page (numbered, total)" "$BASE/api/v1/collections/items"
run "cursor page 400 deep" "$BASE/api/v1/collections/items?cursor=$CURSOR"
run "q search (cursor)" "$BASE/api/v1/collections/items?cursor=&q=transistor%2012"
run "field.package=to92&field.value.min=5000" "$BASE/api/v1/collections/items?cursor=&field.package=to92&field.value.min=5000"
