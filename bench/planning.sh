#!/usr/bin/env bash
# Planning under a slow model, on PostgreSQL (BENCH_VENDOR=mariadb for MariaDB): a fake Messages API on
# loopback (bench/fake-anthropic.py) answers every call after 2 s; Hearth runs the real Anthropic client
# against it. With GET /api/v1/auth/me as the reference of the same run:
#   1. 200 premium analyses started at once (6 tabs each): the time until every tab is ready, and wrk
#      at 8 connections on GET of an analysis and on /auth/me while they generate;
#   2. 1,000 open event streams (bench/sse-clients.py, one process) on analyses whose model takes
#      minutes: the server's RSS and the p99 of other requests while the streams are open.
# Targets (issue 14): request threads never wait on the model (p99 of other reads < 20 ms at 8
# connections while 200 analyses generate); 1,000 open streams in < 1 GiB RSS.
# Usage: bench/planning.sh [analyses, default 200] [streams, default 1000] [seconds per run, default 10]
source "$(dirname "$0")/lib.sh"
ANALYSES=${1:-200}
STREAMS=${2:-1000}
DURATION=${3:-10}
FAKE_PORT=$((BENCH_PORT + 10))

fresh_database
python3 "$ROOT/bench/fake-anthropic.py" --port "$FAKE_PORT" --delay 2 > "$WORK/fake.log" 2>&1 &
FAKE_PID=$!
trap 'kill $FAKE_PID 2>/dev/null || true; stop_hearth; rm -rf "$WORK"' EXIT

# model calls wait in job threads, never in request threads: enough of them for 200 x 6 tabs
start_hearth HEARTH_AI_PROVIDER=anthropic HEARTH_AI_API_KEY=bench-not-a-key HEARTH_AI_BASE_URL="http://127.0.0.1:$FAKE_PORT" \
  HEARTH_AI_MAX_RETRIES=1 HEARTH_JOBS_THREADS="${JOBS_THREADS:-48}" HEARTH_DB_POOL_SIZE=30 \
  HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000 HEARTH_PLANNING_PREMIUM_COST=1
TOKEN=$(login_token bench "$BENCH_ADMIN_PASSWORD")
AUTH="Authorization: Bearer $TOKEN"
ME=$(curl -sf "$BASE/api/v1/auth/me" -H "$AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
curl -sf -X POST "$BASE/api/v1/planning/admin/users/$ME/credits" -H "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"amount\": $((ANALYSES * 2 + STREAMS)), \"reason\": \"bench\"}" > /dev/null

BODY='{"idea": "A neighbourhood coffee roastery that delivers fresh beans by bicycle every week", "industry": "Food", "target_market": "Offices", "country": "IT", "language": "en", "tier": "premium"}'
# each creation's time goes to $WORK/create-times.txt (one short line per append: whole under O_APPEND)
create() { local out; out=$(curl -s -X POST "$BASE/api/v1/planning/analyses" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "$BODY" -w '\n%{time_total}')
  echo "${out##*$'\n'}" >> "$WORK/create-times.txt"
  echo "${out%$'\n'*}" \
  | python3 -c 'import json,sys; b = json.load(sys.stdin); print(b["data"]["id"]) if b.get("success") else print("refused:", b.get("status"), b.get("code"), b.get("detail"), file=sys.stderr)'; }
export -f create; export BASE AUTH BODY WORK

# one analysis to read meanwhile, made (and finished) before the load
FIRST=$(create)
until [ "$(curl -sf "$BASE/api/v1/planning/analyses/$FIRST" -H "$AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["status"])')" = ready ]; do sleep 1; done
echo "/api/v1/planning/analyses/$FIRST
/api/v1/auth/me" | warm_up "${WARMUP:-45}" "$AUTH"

echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $BENCH_VENDOR, fake model answering after 2 s, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections, ${JOBS_THREADS:-48} job threads"
measure "GET /auth/me (reference, idle)" "$BASE/api/v1/auth/me" "$AUTH"
measure "GET an analysis (idle)" "$BASE/api/v1/planning/analyses/$FIRST" "$AUTH"

SECONDS=0
: > "$WORK/create-times.txt"
seq 1 "$ANALYSES" | xargs -P 50 -I{} bash -c create > "$WORK/ids.txt" 2> "$WORK/refused.txt" || true
sort "$WORK/refused.txt" | uniq -c | head -5
echo "$ANALYSES premium analyses created in ${SECONDS}s ($(wc -l < "$WORK/ids.txt") ids)"
sort -n "$WORK/create-times.txt" | awk '{ t[NR] = $1 } END { printf "%-34s p50 %.2f s, p99 %.2f s, max %.2f s (50 at a time, one user)\n", "creation time", t[int(NR * 0.5)], t[int(NR * 0.99)], t[NR] }'
START=$(date +%s.%N)
measure "GET /auth/me while generating" "$BASE/api/v1/auth/me" "$AUTH"
measure "GET an analysis while generating" "$BASE/api/v1/planning/analyses/$FIRST" "$AUTH"
measure "GET /auth/me while generating, again" "$BASE/api/v1/auth/me" "$AUTH"
ready() { psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT COUNT(*) FROM planning_analyses WHERE status = 'ready'"; }
[ "$BENCH_VENDOR" = mariadb ] && ready() { mariadb -h "$BENCH_PG" -uroot "$BENCH_DB" -N -e "SELECT COUNT(*) FROM planning_analyses WHERE status = 'ready'"; }
until [ "$(ready)" -ge $((ANALYSES + 1)) ]; do sleep 0.5; done
printf '%-34s %10.1f s (%d tabs; 2 s a call; from the last creation)\n' "all tabs ready" \
  "$(echo "$(date +%s.%N) - $START" | bc)" $((ANALYSES * 6))

# streams: analyses whose model now takes minutes stay generating while the streams are open
curl -sf -X POST "http://127.0.0.1:$FAKE_PORT/control/delay?seconds=600" > /dev/null
for _ in $(seq 1 20); do create; done > "$WORK/held.txt"
sed 's#.*#/api/v1/planning/analyses/&/events#' "$WORK/held.txt" > "$WORK/streams.txt"
PID=$(cat "$WORK/server.pid")
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$1/status"; }
echo "RSS before the streams: $(rss "$PID")"
python3 "$ROOT/bench/sse-clients.py" --port "$BENCH_PORT" --token "$TOKEN" --paths "$WORK/streams.txt" \
  --count "$STREAMS" --hold $((DURATION * 2 + 20)) > "$WORK/sse.txt" &
SSE_PID=$!
sleep 8
echo "RSS with $STREAMS streams open: $(rss "$PID")"
measure "GET /auth/me, streams open" "$BASE/api/v1/auth/me" "$AUTH"
measure "GET an analysis, streams open" "$BASE/api/v1/planning/analyses/$FIRST" "$AUTH"
echo "RSS after the runs, streams still open: $(rss "$PID")"
wait $SSE_PID
cat "$WORK/sse.txt"
