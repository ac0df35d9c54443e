#!/usr/bin/env bash
# Browse the public catalogue: the Qingdao dialogue, its topics and attendees, and Qingdao's sister cities.
. "$(dirname "$0")/lib.sh"
DIALOGUE=47cb1a45-4d43-3f99-b6a0-45a15da0ef8e
QINGDAO=e5e50fd6-2156-3577-9625-0db57dca462c

step "Events, filtered by topic (marine tourism)"
call GET "$API/events?topicId=f0961e63-5e3e-3ad3-a944-9699fa154049&sort=startsAt"
show -c '.items[] | {name, startsAt, status}'
expect_status 200
expect_json '.items[0].name' 'Global Mayors Dialogue · Qingdao'

step "The dialogue itself: times in Qingdao's own offset"
call GET "$API/events/$DIALOGUE"
show -c '{name, startsAt, timeZone, topicIds}'
expect_status 200
expect_json '.startsAt' '2025-07-19T09:00:00+08:00'

step "Its topics, in Chinese where translated"
call GET "$API/events/$DIALOGUE/topics?lang=zh"
show -r '.items[] | .displayTitle'
expect_status 200
expect_json '.items | length' '3'

step "Who attended"
call GET "$API/events/$DIALOGUE/attendees"
show -r '.items[] | "\(.fullName) — \(.title), \(.cityName) (\(.countryCode))"'
expect_status 200
expect_json '[.items[].fullName] | index("Ren Gang") != null' 'true'

step "Qingdao's sister cities, in the order it made them"
call GET "$API/cities/$QINGDAO/sister-cities"
show -r '.items[] | "#\(.ordinal) \(.partnerCityName) (\(.establishedOn))"'
expect_status 200
expect_json '.items[0].partnerCityName' 'Shimonoseki'
expect_json '.items[0].ordinal' '1'

step "Paging: two cities at a time, following the cursor"
call GET "$API/cities?limit=2"
show -r '.items[].name'
expect_status 200
expect_json '.items | length' '2'
FIRST_PAGE=$(printf '%s' "$BODY" | jq -c '[.items[].id]')
NEXT=$(printf '%s' "$BODY" | jq -r '.next')
[ "$NEXT" != null ] || { echo "FAIL: a first page of two cities has no next cursor" >&2; exit 1; }
call GET "$API/cities?limit=2&cursor=$NEXT"
show -r '.items[].name'
expect_status 200
# a different page: none of its cities were on the first one
expect_json "(.items | length) > 0 and ([.items[].id] - $FIRST_PAGE | length) == (.items | length)" 'true'
echo "ok: browse"
