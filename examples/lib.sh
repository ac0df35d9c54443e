# Shared helpers for the example scripts: a base URL, keys, and checks that fail loudly.
# BASE_URL (default http://localhost:8080) and ORGANISER_KEY (default: the dev profile's key) configure them.
set -euo pipefail
BASE_URL="${BASE_URL:-http://localhost:8080}"
API="$BASE_URL/api/v1"
ORGANISER_KEY="${ORGANISER_KEY:-dev-organiser-key-change-me}"
ORG="Authorization: Bearer $ORGANISER_KEY"
JSON='Content-Type: application/json'

# call METHOD URL [curl args...]: leaves the body in $BODY, the status in $STATUS, the headers in $HEADERS.
call() {
  local method=$1 url=$2; shift 2
  local headers; headers=$(mktemp)
  BODY=$(curl -sS -X "$method" -D "$headers" "$url" "$@")
  STATUS=$(awk 'NR==1 {print $2}' "$headers")
  HEADERS=$(cat "$headers"); rm -f "$headers"
}

# show [jq args...]: prints the last body through jq (default: as is).
show() { printf '%s' "$BODY" | jq "${@:-.}"; }

# expect_status CODE: the last call answered CODE, or the script stops.
expect_status() {
  [ "$STATUS" = "$1" ] || { echo "FAIL: expected HTTP $1, got $STATUS: $BODY" >&2; exit 1; }
}

# expect_json JQ_FILTER EXPECTED: the last body's value at the filter equals EXPECTED.
expect_json() {
  local got; got=$(printf '%s' "$BODY" | jq -r "$1")
  [ "$got" = "$2" ] || { echo "FAIL: $1 is '$got', expected '$2'" >&2; exit 1; }
}

expect_header() {
  printf '%s' "$HEADERS" | grep -qi "^$1: $2" || { echo "FAIL: header $1 is not '$2'" >&2; exit 1; }
}

step() { printf '\n== %s\n' "$*"; }
