#!/usr/bin/env bash
# An organiser creates a topic and an event, opens it, and updates it safely with If-Match.
. "$(dirname "$0")/lib.sh"
QINGDAO=e5e50fd6-2156-3577-9625-0db57dca462c
RUN=$(date +%s%N)
# Dates from the clock, so the example never ages into the past: a day ~three months ahead, deadline two weeks before.
DAY=$(date -u -d '+90 days' +%Y-%m-%d)
DEADLINE=$(date -u -d '+76 days' +%Y-%m-%d)

step "A topic"
call POST "$API/topics" -H "$ORG" -H "$JSON" \
  -d "{\"title\": \"Cruise ports $RUN\", \"titles\": {\"zh\": \"邮轮港口 $RUN\"}}"
show -c .
expect_status 201
TOPIC=$(printf '%s' "$BODY" | jq -r .id)

step "An event in Qingdao (times sent in UTC come back in Asia/Shanghai)"
call POST "$API/events" -H "$ORG" -H "$JSON" -d "{
  \"name\": \"Cruise Port Cities Roundtable $RUN\", \"hostCityId\": \"$QINGDAO\",
  \"startsAt\": \"${DAY}T01:00:00Z\", \"endsAt\": \"${DAY}T09:00:00Z\",
  \"registrationDeadline\": \"${DEADLINE}T15:59:00Z\", \"capacity\": 12, \"topicIds\": [\"$TOPIC\"]}"
show -c '{id, status, startsAt, timeZone}'
expect_status 201
expect_json '.status' 'DRAFT'
expect_json '.startsAt' "${DAY}T09:00:00+08:00"
EVENT=$(printf '%s' "$BODY" | jq -r .id)
ETAG=$(printf '%s' "$HEADERS" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')

step "Open it for registration, based on the version just read"
call PUT "$API/events/$EVENT" -H "$ORG" -H "$JSON" -H "If-Match: $ETAG" -d "{
  \"name\": \"Cruise Port Cities Roundtable $RUN\", \"hostCityId\": \"$QINGDAO\", \"status\": \"OPEN\",
  \"startsAt\": \"${DAY}T09:00:00+08:00\", \"endsAt\": \"${DAY}T17:00:00+08:00\",
  \"registrationDeadline\": \"${DEADLINE}T23:59:00+08:00\", \"capacity\": 12, \"topicIds\": [\"$TOPIC\"]}"
show -c '{status}'
expect_status 200
expect_json '.status' 'OPEN'

step "The same change again with the old ETag is refused: someone (we) changed it meanwhile"
call PUT "$API/events/$EVENT" -H "$ORG" -H "$JSON" -H "If-Match: $ETAG" -d "{
  \"name\": \"Lost update $RUN\", \"hostCityId\": \"$QINGDAO\",
  \"startsAt\": \"${DAY}T09:00:00+08:00\", \"endsAt\": \"${DAY}T17:00:00+08:00\"}"
show -c '{status, title}'
expect_status 412
echo "$EVENT" > "${TMPDIR:-/tmp}/mayors-example-event"
echo "ok: organiser"
