#!/usr/bin/env bash
# Identity benchmark on PostgreSQL: login (bcrypt cost 12 on purpose) and the authenticated
# GET /api/v1/auth/me that every request's token check resembles. Prints req/s, p50, p99.
# Usage: bench/auth.sh [seconds per run, default 20]
source "$(dirname "$0")/lib.sh"
DURATION=${1:-20}

fresh_database
# budgets far above what the run sends, so the limiter is measured but never refuses
start_hearth HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000
TOKEN=$(login_token bench "$BENCH_ADMIN_PASSWORD")

cat > "$WORK/login.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"login": "bench", "password": "$BENCH_ADMIN_PASSWORD"}'
wrk.headers["Content-Type"] = "application/json"
LUA

# warm the JIT on /me before measuring
wrk -t2 -c32 -d10s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/auth/me" > /dev/null
wrk -t2 -c64 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/auth/me" > "$WORK/me.txt"
wrk -t2 -c4 -d"${DURATION}s" --latency -s "$WORK/login.lua" "$BASE/api/v1/auth/login" > "$WORK/login.txt"

echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), PostgreSQL, $(nproc) cores, wrk on the same machine"
report "GET /api/v1/auth/me (64 conns)" "$WORK/me.txt"
report "POST /api/v1/auth/login (4 conns)" "$WORK/login.txt"
