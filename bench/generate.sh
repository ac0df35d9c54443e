#!/usr/bin/env bash
# Loads the benchmark data set into the database the PG* variables point at (schema migrated, catalogue empty),
# deterministically from SEED, and reports rows and rows/s per table.
#   PGHOST=localhost PGUSER=mayors PGPASSWORD=mayors PGDATABASE=mayors_bench bench/generate.sh
# Sizes (defaults = the issue's data set): COUNTRIES CITIES TOPICS EVENTS POST_EVENTS REGISTRATIONS DELEGATES LINKS
set -euo pipefail
cd "$(dirname "$0")"
SEED="${SEED:-0.42}"
vars=(-v countries="${COUNTRIES:-200}" -v cities="${CITIES:-20000}" -v topics="${TOPICS:-200}" -v events="${EVENTS:-2000}"
      -v post_events="${POST_EVENTS:-50}" -v registrations="${REGISTRATIONS:-100000}"
      -v delegates_per_registration="${DELEGATES:-10}" -v links="${LINKS:-20000}")
start=$(date +%s%N)
# One session: setseed applies to every random() after it. Each \echo line is a progress step.
{ printf '\\o /dev/null\nselect setseed(%s);\n\\o\n' "$SEED"; cat generate.sql; } | psql -q -X "${vars[@]}" -f - | while read -r step; do
  printf '  %-18s started at +%5.1fs\n' "$step" "$(awk -v n="$(date +%s%N)" -v s="$start" 'BEGIN {print (n - s) / 1e9}')"
done
elapsed=$(awk -v n="$(date +%s%N)" -v s="$start" 'BEGIN {print (n - s) / 1e9}')
rows=$(psql -qtAX -c "select (select count(*) from country) + (select count(*) from city) + (select count(*) from mayor)
  + (select count(*) from topic) + (select count(*) from event) + (select count(*) from event_topic)
  + (select count(*) from partner) + (select count(*) from registration) + (select count(*) from registration_delegate)
  + (select count(*) from city_link)")
psql -qX -c "select 'registrations' as table, count(*) from registration union all select 'delegates', count(*) from registration_delegate
  union all select 'cities', count(*) from city union all select 'mayors', count(*) from mayor union all select 'events', count(*) from event
  union all select 'sister-city links', count(*) from city_link"
printf 'generated %d rows in %.1f s: %.0f rows/s\n' "$rows" "$elapsed" "$(awk -v r="$rows" -v e="$elapsed" 'BEGIN {print r / e}')"
