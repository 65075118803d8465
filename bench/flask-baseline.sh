#!/usr/bin/env bash
# The Flask baseline (bench/flask-baseline/app.py, gunicorn with 2 x cores + 1 sync workers as its docs
# advise) against the collections bench database, measured like bench/collections.sh measures Hearth:
# item by id, the same item and random ones. Run bench/collections.sh with BENCH_KEEP=1 first.
# Needs the Debian packages (run by the system python3): apt-get install gunicorn python3-flask
# python3-sqlalchemy python3-psycopg2 python3-jwt
# Usage: bench/flask-baseline.sh [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
DURATION=${1:-15}
BASE="http://127.0.0.1:18090"
BENCH_DB="${BENCH_DB_PREFIX:-hearth_bench}_collections"
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT 1 FROM items LIMIT 1" | grep -q 1 \
  || { echo "bench: run BENCH_KEEP=1 bench/collections.sh first" >&2; exit 1; }
OWNER=$(psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT id FROM users WHERE username = 'collector'")
ID=$(psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT id FROM items ORDER BY created_at DESC LIMIT 1")
export BASELINE_JWT_SECRET
BASELINE_JWT_SECRET=$(head -c 32 /dev/urandom | base64)
TOKEN=$(/usr/bin/python3 -c 'import jwt, os, sys, time; print(jwt.encode({"sub": sys.argv[1], "exp": int(time.time()) + 3600}, os.environ["BASELINE_JWT_SECRET"], algorithm="HS256"))' "$OWNER")
AUTH="Authorization: Bearer $TOKEN"

(cd "$ROOT/bench/flask-baseline" && exec env BASELINE_DB_URL="postgresql+psycopg2://postgres@$BENCH_PG/$BENCH_DB" \
  gunicorn --workers $((2 * $(nproc) + 1)) --bind 127.0.0.1:18090 --log-level warning app:app > "$WORK/server.log" 2>&1) &
echo $! > "$WORK/server.pid"
for _ in $(seq 1 60); do curl -sf "$BASE/api/items/$ID" -H "$AUTH" > /dev/null && break; sleep 0.5; done
curl -sf "$BASE/api/items/$ID" -H "$AUTH" > /dev/null || { echo "bench: baseline did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/items/' || id FROM items ORDER BY random() LIMIT 100000" \
  | paths_lua "$WORK/random-items.lua"
warm_up 20 "$AUTH" <<< "/api/items/$ID"
echo "Flask baseline (gunicorn, $((2 * $(nproc) + 1)) sync workers), PostgreSQL, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
measure "item by id (same item)" "$BASE/api/items/$ID" "$AUTH"
measure "item by id (random of 100,000)" "@$WORK/random-items.lua" "$AUTH"
