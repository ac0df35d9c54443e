#!/usr/bin/env bash
# What a client sees when things go wrong: problem+json with a status, a readable detail and the fields at fault.
. "$(dirname "$0")/lib.sh"

step "No key for a write: 401"
call POST "$API/topics" -H "$JSON" -d '{"title": "Anonymous"}'
show -c '{status, title, detail}'
expect_status 401

step "Malformed JSON: 400, where it broke"
call POST "$API/topics" -H "$ORG" -H "$JSON" -d '{"title": "Broken",'
show -c '{status, detail}'
expect_status 400

step "Rules the schema cannot express: 422 naming each field"
DAY=$(date -u -d '+60 days' +%Y-%m-%d); DAY_BEFORE=$(date -u -d '+59 days' +%Y-%m-%d)
call POST "$API/events" -H "$ORG" -H "$JSON" -d '{"name": "Nowhere summit", "hostCityId": "no-such-city",
  "startsAt": "'"$DAY"'T09:00:00+08:00", "endsAt": "'"$DAY_BEFORE"'T09:00:00+08:00"}'
show -c '{status, errors}'
expect_status 422
expect_json '[.errors[].field] | sort | join(",")' 'endsAt,hostCityId'

step "Unknown id: 404; the request id to quote is in the body"
call GET "$API/cities/00000000-0000-0000-0000-000000000000" -H 'X-Request-Id: example-404'
show -c '{status, detail, requestId}'
expect_status 404
expect_json '.requestId' 'example-404'

step "A limit out of range: 400"
call GET "$API/events?limit=1000"
show -c '{status, errors}'
expect_status 400
echo "ok: errors"
