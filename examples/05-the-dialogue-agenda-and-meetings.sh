#!/usr/bin/env bash
# The dialogue itself: the organiser builds an agenda; Daegu and Siem Reap register and are confirmed; Daegu books a
# bilateral meeting with Siem Reap (suggestions, request, accept); everyone subscribes to the calendar.
. "$(dirname "$0")/lib.sh"
QINGDAO=e5e50fd6-2156-3577-9625-0db57dca462c
REN_GANG=60aa25bb-7572-3ca1-8a57-ac117a120287
MARINE=f0961e63-5e3e-3ad3-a944-9699fa154049
DAEGU=8e41e8c0-21c8-3a9c-a96f-835020107e6d
DAEGU_MAYOR=606b016c-960c-36f5-8b51-e1ff9e2a796c
SIEM_REAP=b9d9e85a-58ca-3aef-9bae-fca0c54910ea
SIEM_REAP_GOVERNOR=c24ed6b7-b2b2-379d-871c-5f3d73810f94
RUN=$(date +%s%N)
DAY=$(date -u -d '+100 days' +%Y-%m-%d)     # from the clock, so the example never ages into the past
DEADLINE=$(date -u -d '+90 days' +%Y-%m-%d)
at() { printf '%sT%s:00+08:00' "$DAY" "$1"; }

step "The organiser opens a one-day dialogue in Qingdao on marine tourism; Ren Gang hosts it"
call POST "$API/events" -H "$ORG" -H "$JSON" -d "{\"name\": \"Blue Economy Dialogue $RUN\", \"hostCityId\": \"$QINGDAO\",
  \"status\": \"OPEN\", \"startsAt\": \"$(at 09:00)\", \"endsAt\": \"$(at 18:00)\",
  \"registrationDeadline\": \"${DEADLINE}T23:59:00+08:00\", \"topicIds\": [\"$MARINE\"]}"
expect_status 201
EVENT=$(printf '%s' "$BODY" | jq -r .id)
call PUT "$API/events/$EVENT/attendees/$REN_GANG" -H "$ORG"
expect_status 204

step "The agenda: an opening plenary and a panel, in the same hall"
call POST "$API/events/$EVENT/sessions" -H "$ORG" -H "$JSON" -d "{\"title\": \"Opening plenary\", \"format\": \"PLENARY\",
  \"startsAt\": \"$(at 09:00)\", \"endsAt\": \"$(at 10:00)\", \"room\": \"Grand Hall\", \"moderatorMayorId\": \"$REN_GANG\",
  \"languages\": [\"zh\", \"en\"]}"
show -c '{id, title, startsAt, room}'
expect_status 201
call POST "$API/events/$EVENT/sessions" -H "$ORG" -H "$JSON" -d "{\"title\": \"Ports and bays\", \"format\": \"PANEL\",
  \"topicId\": \"$MARINE\", \"startsAt\": \"$(at 09:30)\", \"endsAt\": \"$(at 11:00)\", \"room\": \"Grand Hall\"}"
show -c '{status, errors}'
expect_status 409    # the hall is taken until 10:00: the answer names the opening plenary
expect_json '.errors[0].field' 'room'
call POST "$API/events/$EVENT/sessions" -H "$ORG" -H "$JSON" -d "{\"title\": \"Ports and bays\", \"format\": \"PANEL\",
  \"topicId\": \"$MARINE\", \"startsAt\": \"$(at 10:30)\", \"endsAt\": \"$(at 11:30)\", \"room\": \"Grand Hall\",
  \"moderatorMayorId\": \"$REN_GANG\", \"languages\": [\"zh\", \"en\"]}"
expect_status 201
PANEL=$(printf '%s' "$BODY" | jq -r .id)

register() { # CITY MAYOR NAME → leaves the partner's Authorization header in $KEY_HEADER, the delegation confirmed
  call POST "$API/partners" -H "$ORG" -H "$JSON" -d "{\"cityId\": \"$1\", \"name\": \"$3 integration $RUN\"}"
  expect_status 201
  KEY_HEADER="Authorization: Bearer $(printf '%s' "$BODY" | jq -r .apiKey)"
  call POST "$API/events/$EVENT/registrations" -H "$KEY_HEADER" -H "$JSON" -H "Idempotency-Key: $3-$RUN" -d "{
    \"headMayorId\": \"$2\", \"delegates\": [{\"fullName\": \"$3 interpreter\", \"role\": \"INTERPRETER\", \"languages\": [\"en\"]}]}"
  expect_status 201
  call POST "$API/events/$EVENT/registrations/$(printf '%s' "$BODY" | jq -r .id)/approve" -H "$ORG"
  expect_json '.status' 'CONFIRMED'
}
step "Daegu and Siem Reap register their delegations; the organiser confirms both"
register "$DAEGU" "$DAEGU_MAYOR" daegu; DAEGU_KEY=$KEY_HEADER
register "$SIEM_REAP" "$SIEM_REAP_GOVERNOR" siem-reap; SIEM_REAP_KEY=$KEY_HEADER

step "Daegu asks when both heads are free for 30 minutes"
call GET "$API/events/$EVENT/meetings/suggestions?mayorA=$DAEGU_MAYOR&mayorB=$SIEM_REAP_GOVERNOR&minutes=30" -H "$DAEGU_KEY"
show -c '{first: .items[0], truncated}'
expect_status 200
SLOT=$(printf '%s' "$BODY" | jq -c '.items[0]')
expect_json '.items[0].startsAt' "$(at 09:00)"

step "Daegu requests the meeting; Siem Reap accepts it"
call POST "$API/events/$EVENT/meetings" -H "$DAEGU_KEY" -H "$JSON" -H "Idempotency-Key: meet-$RUN" -d "{
  \"requesterMayorId\": \"$DAEGU_MAYOR\", \"counterpartMayorId\": \"$SIEM_REAP_GOVERNOR\",
  \"startsAt\": $(printf '%s' "$SLOT" | jq .startsAt), \"endsAt\": $(printf '%s' "$SLOT" | jq .endsAt),
  \"room\": \"Meeting room 1\", \"languages\": [\"ko\", \"km\", \"en\"], \"notes\": \"Heritage towns and tourism\"}"
show -c '{id, status, startsAt}'
expect_status 201
expect_json '.status' 'REQUESTED'
MEETING=$(printf '%s' "$BODY" | jq -r .id)
call POST "$API/events/$EVENT/meetings/$MEETING/accept" -H "$DAEGU_KEY"
expect_status 403    # the requester cannot accept its own request
call POST "$API/events/$EVENT/meetings/$MEETING/accept" -H "$SIEM_REAP_KEY"
show -c '{status}'
expect_status 200
expect_json '.status' 'ACCEPTED'

step "Protocol order: the host first, then the heads by rank (a deputy mayor, then a governor)"
call GET "$API/events/$EVENT/protocol-order"
show -r '.positions[] | "\(.position). \(.cityName) — \(.headName // "-") (\(.placedBy))"'
expect_status 200
expect_json '[.positions[].cityId] | join(",")' "$QINGDAO,$DAEGU,$SIEM_REAP"

step "Interpretation for the panel, and the event's figures"
call GET "$API/events/$EVENT/sessions/$PANEL/interpretation"
show -c .
expect_status 200
call GET "$API/events/$EVENT/stats"
show -c '{delegationsByStatus, meetings}'
expect_status 200
expect_json '.meetings.accepted' '1'

step "Subscribe: the public calendar, and Daegu's own with its meeting"
ICS=$(curl -sS "$API/events/$EVENT/calendar.ics")
printf '%s' "$ICS" | head -4
printf '%s' "$ICS" | grep -q '^BEGIN:VCALENDAR' || { echo "FAIL: no calendar" >&2; exit 1; }
[ "$(printf '%s' "$ICS" | grep -c '^BEGIN:VEVENT')" = 3 ] || { echo "FAIL: expected the event and its two sessions" >&2; exit 1; }
MINE=$(curl -sS -H "$DAEGU_KEY" "$API/events/$EVENT/calendar.ics?mayorId=$DAEGU_MAYOR")
printf '%s' "$MINE" | grep -q "^UID:meeting-$MEETING@" || { echo "FAIL: Daegu's calendar lacks its meeting" >&2; exit 1; }
echo "ok: dialogue"
