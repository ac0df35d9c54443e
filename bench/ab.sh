#!/usr/bin/env bash
# A/B of two packaged builds of the service, both running at once (A on :18181, B on :18182, the same database),
# measured in alternating wrk bursts so that both meet the machine in the same state: on two shared cores one
# scenario's rate moves ±20 % from minute to minute, more than most changes, and a sequential A/B measures the machine.
#   bench/ab.sh URLPATH quarkus-app-dir-A quarkus-app-dir-B
# Copy target/quarkus-app of each build to its own directory first (without app.aot: the cache belongs to one class
# path). Needs the bench data set in mayors_bench (bench/run.sh leaves it there). Prints each pair of bursts
# (req/s, JVM and PostgreSQL CPU ms per request, non-2xx), the medians of the B/A ratios, their 90 % bootstrap
# intervals and the sign test of how many pairs B won.
#   WARM=120  seconds of alternating 10 s bursts per app before measuring (the JIT)
#   PAIRS=14 BURST=6  pairs of bursts measured, seconds each; the order within a pair alternates
#   SCRIPT=bench/post-registration.lua  a wrk script for the scenario (with its variables exported)
#   FLAGS_A= FLAGS_B=  extra JVM flags for one side (a runtime setting: -Dquarkus.thread-pool.max-threads=8); then A
#   and B may be the same directory
# With SCRIPT=bench/post-registration.lua (EVENTS, CITIES exported as bench/run.sh does), every burst starts where the
# last one's pairs ended (OFFSET, RUN), so no POST of the A/B is a duplicate. First delete what earlier runs posted:
#   psql -c "delete from registration where representative_name = 'Bench Delegate'"
set -euo pipefail
cd "$(dirname "$0")/.."
PATHQ=$1; A=$2; B=$3
JAVA="${BENCH_JAVA:-$(bash docker/train-aot-cache.sh --java 2>/dev/null || echo java)}"
export MALLOC_ARENA_MAX=2 DB_URL="jdbc:postgresql://localhost:5432/mayors_bench" QUARKUS_DATASOURCE_USERNAME=mayors \
  QUARKUS_DATASOURCE_PASSWORD=mayors MAYORS_RATE_LIMIT_ENABLED=false QUARKUS_LOG_CONSOLE_LEVEL=WARN \
  MAYORS_ORGANISER_KEY=bench-organiser-key-0123456789abcdef0123
start() { # app-dir port management-port extra-flags
  # shellcheck disable=SC2086
  QUARKUS_HTTP_PORT=$2 QUARKUS_MANAGEMENT_PORT=$3 "$JAVA" @docker/jvm.options $4 -jar "$1/quarkus-run.jar" > "/tmp/bench-ab-$2.log" 2>&1 &
  echo $!
}
PA=$(start "$A" 18181 19181 "${FLAGS_A:-}"); PB=$(start "$B" 18182 19182 "${FLAGS_B:-}")
trap 'kill $PA $PB 2>/dev/null || true; rm -f "$NEXT_PAIR"' EXIT
for port in 19181 19182; do
  until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.2; done
done
TICK=$(getconf CLK_TCK)
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
postgres_cpu() { local sum=0; for p in $(pgrep -u postgres postgres); do sum=$((sum + $(cpu_of "$p" 2>/dev/null || echo 0))); done; echo $sum; }
NEXT_PAIR=$(mktemp); echo 0 > "$NEXT_PAIR"   # the POST script's next unused pair (a file: bursts run in subshells)
burst() { # pid port seconds -> "req/s jvm-ms pg-ms non-2xx"
  local j0 p0 out j1 p1 n
  j0=$(cpu_of "$1"); p0=$(postgres_cpu)
  out=$(OFFSET=$(cat "$NEXT_PAIR") RUN=$(date +%s%N) THREADS=2 wrk -t2 -c32 -d"${3}s" ${SCRIPT:+-s "$SCRIPT"} "http://localhost:$2$PATHQ")
  j1=$(cpu_of "$1"); p1=$(postgres_cpu)
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  echo $(( $(cat "$NEXT_PAIR") + 2 * n + 2 )) > "$NEXT_PAIR"   # as bench/run.sh: a run of n requests on 2 threads
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(echo "scale=4; ($j1 - $j0) * 1000 / $TICK / $n" | bc)" \
    "$(echo "scale=4; ($p1 - $p0) * 1000 / $TICK / $n" | bc) $(awk '/Non-2xx/ {print $5}' <<<"$out" | grep . || echo 0)"
}
for _ in $(seq 1 $(( ${WARM:-120} / 10 ))); do burst "$PA" 18181 10 >/dev/null; burst "$PB" 18182 10 >/dev/null; done
echo "pair: A req/s, JVM ms, PostgreSQL ms, non-2xx | B the same"
RESULTS=$(mktemp)
for i in $(seq 1 "${PAIRS:-14}"); do
  if (( i % 2 )); then a=$(burst "$PA" 18181 "${BURST:-6}"); b=$(burst "$PB" 18182 "${BURST:-6}")
  else b=$(burst "$PB" 18182 "${BURST:-6}"); a=$(burst "$PA" 18181 "${BURST:-6}"); fi
  echo "$a | $b" | tee -a "$RESULTS"
done
python3 - "$RESULTS" <<'PY'
import math, random, statistics, sys
rows = [[float(x) for x in line.replace("|", " ").split()] for line in open(sys.argv[1]) if line.strip()]
med = statistics.median
def ratio(i, j): return [r[j] / r[i] for r in rows]
# How far the pairs' median ratio can be trusted: a 90 % bootstrap interval (pairs resampled, fixed seed so that the
# same bursts give the same interval) and the two-sided sign test of "B faster in k of n" against a coin toss. A
# change whose interval holds 1.000 and whose p is large is inside the noise of this machine, whatever its median.
def interval(values, rounds=4000):
    rng = random.Random(14)
    meds = sorted(med(rng.choices(values, k=len(values))) for _ in range(rounds))
    return meds[int(0.05 * rounds)], meds[int(0.95 * rounds) - 1]
def sign_test(k, n):
    tail = sum(math.comb(n, i) for i in range(min(k, n - k) + 1)) / 2 ** n
    return min(1.0, 2 * tail)
faster = sum(r[4] > r[0] for r in rows)
print("medians: A %.0f req/s, JVM %.3f + PostgreSQL %.3f ms/request; B %.0f req/s, JVM %.3f + PostgreSQL %.3f ms/request"
      % tuple(med([r[k] for r in rows]) for k in (0, 1, 2, 4, 5, 6)))
print("B/A per pair: req/s %.3f (%.3f..%.3f), JVM CPU per request %.3f, PostgreSQL's %.3f; B faster in %d of %d pairs; non-2xx A %d, B %d"
      % (med(ratio(0, 4)), min(ratio(0, 4)), max(ratio(0, 4)), med(ratio(1, 5)), med(ratio(2, 6)),
         faster, len(rows), sum(r[3] for r in rows), sum(r[7] for r in rows)))
print("90 %% intervals of the medians: req/s %.3f..%.3f, JVM CPU per request %.3f..%.3f; sign test p = %.3f"
      % (*interval(ratio(0, 4)), *interval(ratio(1, 5)), sign_test(faster, len(rows))))
PY
rm -f "$RESULTS"
