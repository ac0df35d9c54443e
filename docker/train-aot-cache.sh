#!/usr/bin/env bash
# Writes the JDK's AOT cache for the packaged service (JDK 25 or later: JEP 483/514/515): the classes it loads and
# links, and the method profiles of a training run, in APP_DIR/app.aot. `java -XX:AOTCache=APP_DIR/app.aot` then
# starts the service in under half the time (bench/README.md). The cache belongs to the JDK build that wrote it and to
# the jar paths it was trained at: train with the JVM and at the path that will run it (docker/Dockerfile.jvm does).
#
#   docker/train-aot-cache.sh APP_DIR
#   docker/train-aot-cache.sh --java     prints a JDK 25+ java launcher (JAVA, java on the PATH, /usr/lib/jvm/*)
#
# Environment: JAVA (default: what --java finds); DB_URL, QUARKUS_DATASOURCE_USERNAME and
# QUARKUS_DATASOURCE_PASSWORD of a PostgreSQL database the training may fill with the demo data. The training is the
# curl examples (examples/), a few hundred reads and 150 keyed registrations, so every feature's classes are in the cache.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

feature_version() { "$1" -XX:+IgnoreUnrecognizedVMOptions -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }
find_java() {   # JAVA if set, else the first java launcher of JDK 25 or later: the PATH's, then /usr/lib/jvm's (newest first)
  local candidate candidates
  if [ -n "${JAVA:-}" ]; then candidates=$(command -v "$JAVA" || true)
  else candidates="$(command -v java || true) $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV)"; fi
  for candidate in $candidates; do
    [ -x "$candidate" ] && [ "$(feature_version "$candidate")" -ge 25 ] 2>/dev/null && { echo "$candidate"; return; }
  done
  echo "no JDK 25 or later${JAVA:+ at JAVA=$JAVA} (the AOT cache needs one; looked at JAVA, the PATH, /usr/lib/jvm)" >&2
  return 3
}
if [ "${1:-}" = "--java" ]; then find_java; exit; fi

app="$(cd "${1:?usage: train-aot-cache.sh APP_DIR}" && pwd)"
java="$(find_java)"
port="${AOT_TRAIN_PORT:-18400}" management_port="${AOT_TRAIN_MANAGEMENT_PORT:-18401}"
log="$app/aot-training.log"

# Production's flags, except the metaspace cap: under it the JVM that assembles the cache at exit stops with "Unable to
# allocate from 'ro' region" (~18,000 classes). The service itself keeps the cap; archived classes live outside it.
mapfile -t flags < <(grep -v -e '^#' -e '^-XX:MaxMetaspaceSize' "$here/docker/jvm.options")
rm -f "$app/app.aot"
export ORGANISER_KEY="aot-training-organiser-key-0123456789abcdef"
MAYORS_DEMO_DATA=true MAYORS_ORGANISER_KEY="$ORGANISER_KEY" MAYORS_RATE_LIMIT_ENABLED=false \
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management_port" \
  "$java" "${flags[@]}" -XX:AOTCacheOutput="$app/app.aot" -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$management_port/q/health/ready" > /dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "training service died:" >&2; tail -30 "$log" >&2; exit 1; }
  sleep 0.2
done

export BASE_URL="http://localhost:$port"
bash "$here/examples/run-all.sh" > "$app/aot-training-examples.log"
api="$BASE_URL/api/v1"
event=$(curl -sf "$api/events?limit=1" | jq -r '.items[0].id')
for _ in $(seq 1 100); do
  for path in "events/$event" "events?status=OPEN&limit=20" "events/$event/attendees?limit=20" "mayors?q=an&limit=20" \
      "cities?limit=20" "topics"; do
    curl -sf -o /dev/null "$api/$path"
  done
done

# Keyed registrations as partner integrations send them, most of them waitlisted, as in the bench: the POST runs far
# more code than a read, and a cache trained on a handful of POSTs cost the steady-state POST 7 % (bench/README.md).
# Three training events with one place each; every demo city but the host registers, cancels and registers again, up
# to the per-city quota.
keys="" org="Authorization: Bearer $ORGANISER_KEY" json="Content-Type: application/json"
host=$(curl -sf "$api/cities?limit=1" | jq -r '.items[0].id')
day=$(date -u -d '+90 days' +%Y-%m-%d)
delegation='{"representative": {"fullName": "Training Delegate", "title": "Director of International Affairs"},
  "delegates": [{"fullName": "Training Interpreter", "role": "INTERPRETER", "languages": ["en", "zh"]}]}'
statuses=$(mktemp)
for city in $(curl -sf "$api/cities?limit=100" | jq -r '.items[1:][].id'); do
  keys="$keys $(curl -sf -X POST "$api/partners" -H "$org" -H "$json" -d "{\"cityId\": \"$city\", \"name\": \"AOT training\"}" | jq -r .apiKey)"
done
for training in 1 2 3; do
  event=$(curl -sf -X POST "$api/events" -H "$org" -H "$json" -d "{\"name\": \"AOT training $training $(date +%s%N)\",
    \"hostCityId\": \"$host\", \"status\": \"OPEN\", \"capacity\": 1, \"topicIds\": [],
    \"startsAt\": \"${day}T01:00:00Z\", \"endsAt\": \"${day}T09:00:00Z\"}" | jq -r .id)
  city=0
  for key in $keys; do
    city=$((city + 1))
    for i in $(seq 1 10); do
      answer=$(curl -s -w '\n%{http_code}' -X POST "$api/events/$event/registrations" -H "Authorization: Bearer $key" \
        -H "$json" -H "Idempotency-Key: aot-$training-$city-$i" -d "$delegation")
      tail -1 <<<"$answer" >> "$statuses"
      registration=$(head -1 <<<"$answer" | jq -r '.id // empty')
      [ "$i" = 10 ] || [ -z "$registration" ] ||
        curl -s -o /dev/null -X POST "$api/events/$event/registrations/$registration/cancel" -H "Authorization: Bearer $key"
    done
  done
done
echo "training registrations, by status: $(sort "$statuses" | uniq -c | tr -s ' \n' ' ')"
rm -f "$statuses"

# The JVM writes the cache as it exits (a second JVM assembles it), which takes tens of seconds.
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[ -s "$app/app.aot" ] || { echo "no AOT cache was written:" >&2; tail -30 "$log" >&2; exit 1; }
echo "AOT cache: $app/app.aot ($(( $(stat -c %s "$app/app.aot") / 1048576 )) MB)"
