# Shared by the bench scripts: start Hearth on a fresh PostgreSQL (or, BENCH_VENDOR=mariadb, MariaDB)
# database, wait for it, stop it.
# Loopback only; every run is bounded in time.
set -euo pipefail

BENCH_PORT=${BENCH_PORT:-18080}
BENCH_DB=${BENCH_DB:-hearth_bench}
BENCH_PG=${BENCH_PG:-127.0.0.1}
# postgresql (default) or mariadb: the database seeded and served
BENCH_VENDOR=${BENCH_VENDOR:-postgresql}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$BENCH_PORT"

# one start-up cache (the launcher's unpacked jar and AOT cache) for every bench run of a build, kept
# outside the per-run directory so that only the first run of a new jar pays for making it
export HEARTH_CACHE_DIR=${HEARTH_CACHE_DIR:-$HOME/.cache/hearth-bench/jvm}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

fresh_database() {
  if [ "$BENCH_VENDOR" = mariadb ]; then
    mariadb -h "$BENCH_PG" -uroot -e "DROP DATABASE IF EXISTS $BENCH_DB; CREATE DATABASE $BENCH_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  else
    psql -h "$BENCH_PG" -U postgres -q -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
  fi
}

db_url() {
  if [ "$BENCH_VENDOR" = mariadb ]; then echo "jdbc:mariadb://$BENCH_PG:3306/$BENCH_DB"; else echo "jdbc:postgresql://$BENCH_PG:5432/$BENCH_DB"; fi
}

db_user() {
  if [ "$BENCH_VENDOR" = mariadb ]; then echo root; else echo postgres; fi
}

db_database_exists() {
  if [ "$BENCH_VENDOR" = mariadb ]; then
    mariadb -h "$BENCH_PG" -uroot -N -e "SHOW DATABASES" | grep -qx "$BENCH_DB"
  else
    psql -h "$BENCH_PG" -U postgres -lqt | cut -d'|' -f1 | grep -qw "$BENCH_DB"
  fi
}

# seeded_database NAME SEED...: a database seeded with `hearth seed-demo SEED` for each SEED argument (one
# seed-demo command line each, e.g. "collections --count 1000000"); the seeds' output (generated
# passwords) lands in $WORK/seed.txt. With BENCH_KEEP=1 the database and that output are kept (in
# $BENCH_STATE, default ~/.cache/hearth-bench) and reused by the next run with the same arguments, so
# that tuning runs need not wait for a million rows again.
seeded_database() {
  local name=$1 state seed
  shift
  BENCH_DB="${BENCH_DB_PREFIX:-hearth_bench}_$name"
  state="${BENCH_STATE:-$HOME/.cache/hearth-bench}/$BENCH_VENDOR-$BENCH_DB-$(echo "$*" | tr -c 'A-Za-z0-9\n' '_').txt"
  if [ "${BENCH_KEEP:-0}" = 1 ] && [ -f "$state" ] && db_database_exists; then
    echo "reusing $BENCH_DB (seeded by an earlier run; unset BENCH_KEEP to seed afresh)"
    cp "$state" "$WORK/seed.txt"
    return 0
  fi
  fresh_database
  echo "seeding ($BENCH_VENDOR): $*"
  SECONDS=0
  : > "$WORK/seed.txt"
  for seed in "$@"; do
    # shellcheck disable=SC2086
    (cd "$WORK" && HEARTH_DATA_DIR="$WORK/data" HEARTH_DB_URL="$(db_url)" HEARTH_DB_USER="$(db_user)" \
      "$ROOT/hearth" seed-demo $seed >> "$WORK/seed.txt" 2>&1) || { cat "$WORK/seed.txt"; exit 1; }
  done
  echo "seeded in ${SECONDS}s"
  if [ "$BENCH_VENDOR" = mariadb ]; then
    mariadb -h "$BENCH_PG" -uroot "$BENCH_DB" -e "ANALYZE TABLE items, item_terms, interactions, interaction_terms" > /dev/null
  else
    psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -q -c "VACUUM ANALYZE"
    # short API queries: parallel workers cost more than they save on 2 cores under concurrent load
    psql -h "$BENCH_PG" -U postgres -q -c "ALTER DATABASE $BENCH_DB SET max_parallel_workers_per_gather = 0"
  fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    mkdir -p "$(dirname "$state")"
    cp "$WORK/seed.txt" "$state"
  fi
}

# start_hearth [extra env assignments...]: prod profile, secrets made for this run only
start_hearth() {
  BENCH_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  export BENCH_ADMIN_PASSWORD
  # a new build makes its start-up cache here, not inside the timed wait below
  (cd "$WORK" && "$ROOT/hearth" --version > /dev/null)
  # exec all the way down, so that $! is the JVM itself
  (cd "$WORK" && exec env HEARTH_PROFILE=prod HEARTH_AI_PROVIDER="${HEARTH_AI_PROVIDER:-none}" HEARTH_PORT="$BENCH_PORT" HEARTH_MANAGEMENT_PORT=$((BENCH_PORT + 1)) \
    HEARTH_DATA_DIR="$WORK/data" HEARTH_DB_URL="$(db_url)" HEARTH_DB_USER="$(db_user)" \
    HEARTH_JWT_SECRET="$(head -c 48 /dev/urandom | base64)" HEARTH_CORS_ORIGINS=https://bench.invalid \
    HEARTH_BOOTSTRAP_ADMIN_USERNAME=bench HEARTH_BOOTSTRAP_ADMIN_EMAIL=bench@bench.invalid \
    HEARTH_BOOTSTRAP_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" "$@" \
    "$ROOT/hearth" serve > "$WORK/server.log" 2>&1) &
  echo $! > "$WORK/server.pid"
  for _ in $(seq 1 120); do
    curl -sf "$BASE/api/v1/health" >/dev/null && return 0
    sleep 0.5
  done
  echo "bench: server did not start; see $WORK/server.log" >&2
  tail -20 "$WORK/server.log" >&2
  exit 1
}

stop_hearth() { # BENCH_SERVER_LOG=FILE keeps the server's output there ($WORK goes at exit)
  if [ -f "$WORK/server.pid" ]; then
    kill "$(cat "$WORK/server.pid")" 2>/dev/null || true
    wait "$(cat "$WORK/server.pid")" 2>/dev/null || true
  fi
  if [ -n "${BENCH_SERVER_LOG:-}" ] && [ -f "$WORK/server.log" ]; then cp "$WORK/server.log" "$BENCH_SERVER_LOG"; fi
}

login_token() { # login_token LOGIN PASSWORD -> access token (the bootstrap admin appears just after start)
  local body
  for _ in $(seq 1 20); do
    if body=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d "{\"login\": \"$1\", \"password\": \"$2\"}"); then
      python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["access_token"])' <<< "$body"
      return 0
    fi
    sleep 0.5
  done
  echo "bench: cannot log in; see $WORK/server.log" >&2
  tail -20 "$WORK/server.log" >&2
  exit 1
}

# paths_lua FILE < PATHS: a wrk script that requests the given paths (one per line) in random order,
# for runs that must not hit the same row (or cache entry) every time
paths_lua() {
  { echo "local paths = {"; sed 's/.*/  "&",/'; echo "}"
    echo 'math.randomseed(os.time())'
    echo 'request = function() return wrk.format("GET", paths[math.random(#paths)]) end'; } > "$1"
}

# measure NAME TARGET HEADER...: TARGET is a URL, or @FILE.lua (paths_lua) run against $BASE. ONLY=regex
# measures just the matching names. Each run has a short warm-up of its own; warm_up covers the JIT.
measure() {
  local name=$1 target=$2 args=()
  shift 2
  if [ -n "${ONLY:-}" ] && ! [[ "$name" =~ $ONLY ]]; then return 0; fi
  for header in "$@"; do args+=(-H "$header"); done
  if [[ "$target" == @* ]]; then args+=(-s "${target#@}"); target=$BASE; fi
  wrk -t2 -c"${CONNS:-8}" -d3s "${args[@]}" "$target" > /dev/null
  wrk -t2 -c"${CONNS:-8}" -d"${DURATION}s" --latency "${args[@]}" "$target" > "$WORK/run.txt"
  report "$name" "$WORK/run.txt"
}

# warm_up SECONDS HEADER... < PATHS: a fresh JVM needs a minute or more of load on these 2 cores before
# the JIT has compiled the hot paths; measuring earlier reports the compiler, not Hearth
warm_up() {
  local seconds=$1 args=()
  shift
  for header in "$@"; do args+=(-H "$header"); done
  paths_lua "$WORK/warm.lua"
  echo "warming up for ${seconds}s..."
  wrk -t2 -c8 -d"${seconds}s" -s "$WORK/warm.lua" "${args[@]}" "$BASE" > /dev/null
}

# report NAME WRK-OUTPUT-FILE: one line with req/s, p50 and p99
report() {
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$2")
  p50=$(awk '$1 == "50%" {print $2}' "$2")
  p99=$(awk '$1 == "99%" {print $2}' "$2")
  errors=$(grep -E "Non-2xx|Socket errors" "$2" | tr '\n' ' ' || true)
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$rps" "$p50" "$p99" "$errors"
}

trap 'stop_hearth; rm -rf "$WORK"' EXIT
