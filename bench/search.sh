#!/usr/bin/env bash
# Word-prefix search at scale, on PostgreSQL (default) or MariaDB (BENCH_VENDOR=mariadb): one owner with
# 1,000,000 items and 200,000 interactions in 3 sites (seed-demo; descriptions drawn by Zipf's law from
# 20,000 made-up words, so a few words are in a large share of the rows and most are rare), then wrk on
# random query mixes of 1-3 words (a fifth of them 3-letter prefixes), keyset and numbered pages, with and
# without one more filter; GET /api/v1/auth/me is the reference of the same run. On PostgreSQL the
# substring design that word search replaced (LIKE '%word%' on a pg_trgm GIN index) is rebuilt on a
# bench-only column and compared with the new query inside the database (pgbench), same words, same run.
# Usage: [BENCH_VENDOR=mariadb] bench/search.sh [items, default 1000000] [interactions, default 200000]
#        [seconds per run, default 15]
source "$(dirname "$0")/lib.sh"
ITEMS=${1:-1000000}
INTERACTIONS=${2:-200000}
DURATION=${3:-15}

seeded_database search "collections --count $ITEMS" "interactions --count $INTERACTIONS"
COLLECTOR=$(awk '$1 == "collector" {print $2}' "$WORK/seed.txt")
EDITOR=$(awk '$1 == "sales-editor" {print $3}' "$WORK/seed.txt")

start_hearth HEARTH_RATE_LIMIT_AUTH=100000000 HEARTH_RATE_LIMIT_API=100000000
ITEMS_AUTH="Authorization: Bearer $(login_token collector "$COLLECTOR")"
LOG_AUTH="Authorization: Bearer $(login_token sales-editor "$EDITOR")"
SITE=$(curl -sf "$BASE/api/v1/auth/sites" -H "$LOG_AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["site"]["id"])')
CATEGORY=$(curl -sf "$BASE/api/v1/collections/categories?per_page=100" -H "$ITEMS_AUTH" \
  | python3 -c 'import json,sys; print([c["id"] for c in json.load(sys.stdin)["data"] if c["name"] == "Electronic parts"][0])')

# the words of platform/DemoWords: rank r is a word of 2-4 syllables; low ranks are the common ones
queries() { # queries PATH-PREFIX SUFFIX: 5,000 random q paths
  python3 - "$1" "$2" <<'EOF'
import random, sys
random.seed(11)
SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "li", "mo", "ga", "be", "tu", "ri", "fa", "no", "ke"]
def word(rank):
    w, n = "", rank
    while True:
        w += SYL[n % len(SYL)]
        n //= len(SYL)
        if n == 0:
            break
    return w + "n" if len(w) < 4 else w
def token():
    w = word(random.randint(0, 99) if random.random() < 0.5 else random.randint(0, 19999))
    return w[:3] if random.random() < 0.2 else w
for _ in range(5000):
    print("%s%s%s" % (sys.argv[1], "%20".join(token() for _ in range(random.randint(1, 3))), sys.argv[2]))
EOF
}
queries "/api/v1/collections/items?cursor=&q=" "" | paths_lua "$WORK/items-cursor.lua"
queries "/api/v1/collections/items?q=" "" | paths_lua "$WORK/items-numbered.lua"
queries "/api/v1/collections/items?cursor=&category_id=$CATEGORY&q=" "" | paths_lua "$WORK/items-filtered.lua"
queries "/api/v1/interactions?cursor=&q=" "" | paths_lua "$WORK/log-cursor.lua"
queries "/api/v1/interactions?q=" "" | paths_lua "$WORK/log-numbered.lua"
queries "/api/v1/interactions?type=Call&q=" "" | paths_lua "$WORK/log-filtered.lua"

PAGES="/api/v1/collections/items?cursor=&q=kalo
/api/v1/collections/items?q=kalo%20mi
/api/v1/auth/me"
warm_up "${WARMUP:-90}" "$ITEMS_AUTH" <<< "$PAGES"

echo "Hearth $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $BENCH_VENDOR, $ITEMS items for one owner and $INTERACTIONS interactions in 3 sites, $(nproc) cores, wrk on the same machine, ${CONNS:-8} connections"
measure "GET /auth/me (reference)" "$BASE/api/v1/auth/me" "$ITEMS_AUTH"
measure "items q (cursor page)" "@$WORK/items-cursor.lua" "$ITEMS_AUTH"
measure "items q (numbered, total)" "@$WORK/items-numbered.lua" "$ITEMS_AUTH"
measure "items q + category (cursor)" "@$WORK/items-filtered.lua" "$ITEMS_AUTH"
measure "interactions q (cursor page)" "@$WORK/log-cursor.lua" "$LOG_AUTH" "X-Site-Id: $SITE"
measure "interactions q (numbered, total)" "@$WORK/log-numbered.lua" "$LOG_AUTH" "X-Site-Id: $SITE"
measure "interactions q + type (numbered)" "@$WORK/log-filtered.lua" "$LOG_AUTH" "X-Site-Id: $SITE"

if [ "$BENCH_VENDOR" = postgresql ]; then
  stop_hearth
  echo "in the database (pgbench, ${CONNS:-8} clients, ${DURATION}s): one word, newest 26 of the owner's items"
  queries "" "" | sed 's/%20.*//' | awk '{print NR "\t" $0}' > "$WORK/words.tsv"
  psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -q <<EOF
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DROP TABLE IF EXISTS bench_words;
CREATE TABLE bench_words (id int PRIMARY KEY, w text NOT NULL);
\copy bench_words FROM '$WORK/words.tsv'
ALTER TABLE items ADD COLUMN IF NOT EXISTS bench_substring text;
UPDATE items SET bench_substring = lower(name || ' ' || coalesce(description, '')) WHERE bench_substring IS NULL;
CREATE INDEX IF NOT EXISTS bench_substring_trgm ON items USING gin (bench_substring gin_trgm_ops);
VACUUM ANALYZE items;
EOF
  OWNER=$(psql -h "$BENCH_PG" -U postgres -d "$BENCH_DB" -tAc "SELECT owner_id FROM items LIMIT 1")
  # the word is looked up first (\gset) and written into the query as a literal, as the application
  # sends it: the planner then knows how common it is
  printf '%s\n' '\set r random(1, 5000)' 'SELECT w AS word FROM bench_words WHERE id = :r \gset' \
    "SELECT id FROM items WHERE owner_id = '$OWNER' AND bench_substring LIKE '%:word%' ORDER BY created_at DESC, id DESC LIMIT 26;" \
    > "$WORK/substring.sql"
  printf '%s\n' '\set r random(1, 5000)' 'SELECT w AS word FROM bench_words WHERE id = :r \gset' \
    "SELECT id FROM items WHERE owner_id = '$OWNER' AND search_vector @@ to_tsquery('simple', ':word:*') ORDER BY created_at DESC, id DESC LIMIT 26;" \
    > "$WORK/words.sql"
  for script in substring words; do
    tps=$(pgbench -h "$BENCH_PG" -U postgres -n -c "${CONNS:-8}" -j 2 -T "$DURATION" -f "$WORK/$script.sql" "$BENCH_DB" \
      | awk '/^tps/ {print $3}')
    printf '%-34s %10s tps\n' "$script design (in the database)" "$tps"
  done
fi
