#!/usr/bin/env bash
# The organiser issues Shimonoseki a key; Shimonoseki's system registers its delegation with an Idempotency-Key,
# retries safely, and the organiser confirms it.
. "$(dirname "$0")/lib.sh"
SHIMONOSEKI=007d814f-f487-3ffa-86a4-e5a4391130ee
MAYOR_MORI=5179ab50-8174-377d-94f2-03387cfc237d
EVENT=$(cat "${TMPDIR:-/tmp}/mayors-example-event" 2>/dev/null || echo db681904-b6a5-390f-8342-68aad34b5789)

step "Organiser issues a key for Shimonoseki (shown once)"
call POST "$API/partners" -H "$ORG" -H "$JSON" \
  -d "{\"cityId\": \"$SHIMONOSEKI\", \"name\": \"Shimonoseki International Exchange Division\"}"
show -c '{id, keyPrefix}'
expect_status 201
PARTNER="Authorization: Bearer $(printf '%s' "$BODY" | jq -r .apiKey)"

DELEGATION="{\"headMayorId\": \"$MAYOR_MORI\", \"delegates\": [
  {\"fullName\": \"Lin Wei\", \"role\": \"INTERPRETER\", \"email\": \"lin.wei@example.org\", \"languages\": [\"ja\", \"zh\"]}],
  \"notes\": \"Arriving the evening before.\"}"
KEY="shimonoseki-$EVENT"

step "Register, with an Idempotency-Key"
call POST "$API/events/$EVENT/registrations" -H "$PARTNER" -H "$JSON" -H "Idempotency-Key: $KEY" -d "$DELEGATION"
show -c '{id, status}'
expect_status 201
expect_json '.status' 'PENDING'
REG=$(printf '%s' "$BODY" | jq -r .id)

step "A retry after a timeout: same answer, nothing registered twice"
call POST "$API/events/$EVENT/registrations" -H "$PARTNER" -H "$JSON" -H "Idempotency-Key: $KEY" -d "$DELEGATION"
show -c '{id, status}'
expect_status 201
expect_header Idempotent-Replayed true
expect_json '.id' "$REG"

step "Another city's data is out of reach of this key; organiser-only actions are refused"
call POST "$API/events/$EVENT/registrations/$REG/approve" -H "$PARTNER"
expect_status 403

step "Organiser confirms; the mayor now appears among the attendees"
call POST "$API/events/$EVENT/registrations/$REG/approve" -H "$ORG"
show -c '{status}'
expect_status 200
expect_json '.status' 'CONFIRMED'
call GET "$API/events/$EVENT/attendees"
show -r '.items[].fullName'
expect_status 200
expect_json '[.items[].mayorId] | index("'"$MAYOR_MORI"'") != null' 'true'

step "The organiser's delegate sheet"
SHEET=$(curl -sS -H "$ORG" -H 'Accept: text/csv' "$API/events/$EVENT/registrations")
printf '%s\n' "$SHEET"
printf '%s' "$SHEET" | head -1 | grep -q '^registrationId,cityId,cityName,countryCode,status,fullName,role,email,languages' \
  || { echo "FAIL: the delegate sheet has no header row" >&2; exit 1; }
printf '%s' "$SHEET" | grep -q "$REG.*,CONFIRMED,.*,HEAD," || { echo "FAIL: the sheet lacks the confirmed delegation's head" >&2; exit 1; }
echo "ok: partner"
