#!/usr/bin/env bash
# The one benchmark that tells the story, in one go on one machine: `pgbench -S` (the database's own
# limit for a one-row read by key), the Flask stand-in for the seed's code (bench/flask-baseline) and
# Hearth (prod profile, PostgreSQL), all with the same wrk/pgbench connections and duration. Prints
# req/s, p50, p99, the JVM's RSS after the load, start-up and CLI times, and the ratios issue #15 sets
# targets for. Run it three times: this machine is noisy, the ratios within one run are what count.
# Needs: wrk, pgbench, gunicorn python3-flask python3-sqlalchemy python3-psycopg2 python3-jwt.
# Usage: bench/compare.sh [items, default 100000] [seconds per run, default 10]
# Env: CONNS (default 32), WARMUP seconds (default 60), HEARTH_JAVA_OPTS (passed to the launcher).
source "$(dirname "$0")/lib.sh"
COUNT=${1:-100000}
DURATION=${2:-10}
CONNS=${CONNS:-32}
export CONNS
command -v pgbench >/dev/null || { echo "bench: pgbench is missing (apt-get install postgresql-contrib)" >&2; exit 1; }
command -v gunicorn >/dev/null || { echo "bench: gunicorn is missing (see the header)" >&2; exit 1; }

seeded_database compare "collections --count $COUNT" "interactions --count 20000"
COLLECTOR=$(awk '$1 == "collector" {print $2}' "$WORK/seed.txt")
EDITOR=$(awk '$1 == "marketing-editor" {print $3}' "$WORK/seed.txt")

# --- pgbench -S: the reference line -----------------------------------------------------------
PGB_DB="${BENCH_DB_PREFIX:-hearth_bench}_pgbench"
psql -h "$BENCH_PG" -U postgres -q -c "DROP DATABASE IF EXISTS $PGB_DB" -c "CREATE DATABASE $PGB_DB"
pgbench -h "$BENCH_PG" -U postgres -i -s 10 -q "$PGB_DB" > /dev/null 2>&1
pgbench -h "$BENCH_PG" -U postgres -S -c "$CONNS" -j 2 -T 5 "$PGB_DB" > /dev/null 2>&1
(cd "$WORK" && pgbench -h "$BENCH_PG" -U postgres -S -c "$CONNS" -j 2 -T "$DURATION" -l --sampling-rate=0.02 --log-prefix=pgb "$PGB_DB" > pgbench.txt 2>&1)
PGB_TPS=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.txt")
PGB_LAT=$(cat "$WORK"/pgb.* | python3 -c '
import sys
lat = sorted(int(line.split()[2]) for line in sys.stdin)
print("%.2fms %.2fms" % (lat[len(lat) // 2] / 1000, lat[int(len(lat) * 0.99)] / 1000))')
psql -h "$BENCH_PG" -U postgres -q -c "DROP DATABASE IF EXISTS $PGB_DB"

# --- the Flask stand-in ------------------------------------------------------------------------
OWNER=$(psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT id FROM users WHERE username = 'collector'")
BASELINE_JWT_SECRET=$(head -c 32 /dev/urandom | base64)
export BASELINE_JWT_SECRET
FLASK_TOKEN=$(/usr/bin/python3 -c 'import jwt, os, sys, time; print(jwt.encode({"sub": sys.argv[1], "exp": int(time.time()) + 3600}, os.environ["BASELINE_JWT_SECRET"], algorithm="HS256"))' "$OWNER")
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/items/' || id FROM items ORDER BY random() LIMIT 100000" \
  | paths_lua "$WORK/flask-items.lua"
(cd "$ROOT/bench/flask-baseline" && exec env BASELINE_DB_URL="postgresql+psycopg2://postgres@$BENCH_PG/$BENCH_DB" \
  gunicorn --workers $((2 * $(nproc) + 1)) --bind 127.0.0.1:18090 --log-level warning app:app > "$WORK/flask.log" 2>&1) &
FLASK_PID=$!
ANY_ITEM=$(psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT id FROM items LIMIT 1")
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:18090/api/items/$ANY_ITEM" -H "Authorization: Bearer $FLASK_TOKEN" > /dev/null && break; sleep 0.5; done
wrk -t2 -c"$CONNS" -d10s -s "$WORK/flask-items.lua" -H "Authorization: Bearer $FLASK_TOKEN" http://127.0.0.1:18090 > /dev/null
wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$WORK/flask-items.lua" -H "Authorization: Bearer $FLASK_TOKEN" http://127.0.0.1:18090 > "$WORK/flask.txt"
FLASK_RSS=$(ps -o rss= --ppid "$FLASK_PID" -p "$FLASK_PID" | awk '{s += $1} END {printf "%d", s / 1024}')
kill "$FLASK_PID"; wait "$FLASK_PID" 2>/dev/null || true

# --- Hearth ----------------------------------------------------------------------------------
(cd "$WORK" && "$ROOT/hearth" --version > /dev/null) # a new build's start-up cache is made here, untimed
START_NS=$(date +%s%N)
start_hearth HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000
STARTUP_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
TOKEN=$(login_token collector "$COLLECTOR")
AUTH="Authorization: Bearer $TOKEN"
EDITOR_TOKEN=$(login_token marketing-editor "$EDITOR")
SITE=$(curl -sf "$BASE/api/v1/auth/sites" -H "Authorization: Bearer $EDITOR_TOKEN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["site"]["id"])')
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/v1/collections/items/' || id FROM items ORDER BY random() LIMIT 100000" \
  | paths_lua "$WORK/random-items.lua"
psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT '/api/v1/interactions/' || id FROM interactions WHERE site_id = '$SITE' ORDER BY random() LIMIT 100000" \
  | paths_lua "$WORK/random-interactions.lua"
warm_up "${WARMUP:-60}" "$AUTH" <<< "/api/v1/auth/me
$(sed -n 's/^  "\(.*\)",$/\1/p' "$WORK/random-items.lua" | head -2000)"
wrk -t2 -c8 -d10s -s "$WORK/random-interactions.lua" -H "Authorization: Bearer $EDITOR_TOKEN" -H "X-Site-Id: $SITE" "$BASE" > /dev/null

echo
echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), PostgreSQL, $COUNT items, $(nproc) cores, wrk/pgbench on the same machine, $CONNS connections, ${DURATION}s each"
printf '%-34s %10s tps     p50 %8s   p99 %8s   (reference)\n' "pgbench -S" "$PGB_TPS" $PGB_LAT
report "Flask: item by id (random)" "$WORK/flask.txt"
measure "GET /api/v1/health" "$BASE/api/v1/health"
cp "$WORK/run.txt" "$WORK/health.txt"
measure "GET /auth/me" "$BASE/api/v1/auth/me" "$AUTH"
cp "$WORK/run.txt" "$WORK/me.txt"
measure "item by id (same item)" "$BASE$(sed -n 's/^  "\(.*\)",$/\1/p' "$WORK/random-items.lua" | head -1)" "$AUTH"
measure "item by id (random of 100,000)" "@$WORK/random-items.lua" "$AUTH"
cp "$WORK/run.txt" "$WORK/items.txt"
measure "interaction by id (random)" "@$WORK/random-interactions.lua" "Authorization: Bearer $EDITOR_TOKEN" "X-Site-Id: $SITE"
cp "$WORK/run.txt" "$WORK/interactions.txt"
RSS=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$(cat "$WORK/server.pid")/status")
HEAP=$(jcmd "$(cat "$WORK/server.pid")" GC.heap_info 2>/dev/null | awk '/total/ {print $0; exit}' || true)
stop_hearth

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
echo
printf 'RSS after the load: Hearth %s MB, Flask (all workers) %s MB\n' "$RSS" "$FLASK_RSS"
[ -n "$HEAP" ] && echo "heap: $HEAP"
printf 'start-up to a healthy /api/v1/health: %s ms\n' "$STARTUP_MS"
for command in check-db migrate; do
  t0=$(date +%s%N)
  (cd "$WORK" && HEARTH_DATA_DIR="$WORK/data" HEARTH_DB_URL="$(db_url)" HEARTH_DB_USER="$(db_user)" "$ROOT/hearth" "$command" > "$WORK/cli.txt" 2>&1) \
    || { echo "hearth $command failed:"; cat "$WORK/cli.txt"; }
  printf 'hearth %-9s %s ms\n' "$command" $(( ($(date +%s%N) - t0) / 1000000 ))
done
python3 - "$PGB_TPS" "$(rps "$WORK/me.txt")" "$(rps "$WORK/items.txt")" "$(rps "$WORK/interactions.txt")" "$(rps "$WORK/flask.txt")" <<'PY'
import sys
pgb, me, items, interactions, flask = (float(x) for x in sys.argv[1:])
print("ratios to pgbench -S: /auth/me %.2f (target >= 0.6), random item %.2f (>= 0.25), random interaction %.2f (>= 0.25)"
      % (me / pgb, items / pgb, interactions / pgb))
print("random item: Hearth / Flask stand-in = %.1f x" % (items / flask))
PY
