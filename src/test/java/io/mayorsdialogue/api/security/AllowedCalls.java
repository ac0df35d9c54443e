package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.support.ApiTest;
import io.mayorsdialogue.api.support.Dates;
import io.mayorsdialogue.api.support.Fixtures;
import io.mayorsdialogue.api.support.Partners;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.mayorsdialogue.api.support.ApiTest.unique;
import static org.hamcrest.Matchers.lessThan;

/**
 * For each operation, a request that should succeed: fresh fixtures, real ids, a valid body. The partner acting is
 * {@link #partner}, whose city owns every registration built here.
 */
final class AllowedCalls {

    static Partners.Partner partner;

    static final Map<String, Supplier<Call>> SCENARIOS = new HashMap<>();

    private AllowedCalls() {
    }

    private static Call call(String path) {
        return new Call(path, null, Map.of(), partner.apiKey());
    }

    private static Map<String, Object> cityBody(String name) {
        return Map.of("name", name, "countryCode", "JP", "adminLevel", "CITY", "timeZone", "Asia/Tokyo");
    }

    private static Map<String, Object> eventBody(String name, String host) {
        return Map.of("name", name, "hostCityId", host, "startsAt", Dates.inDays(30, "09:00"), "endsAt", Dates.inDays(30, "17:00"));
    }

    private static String city() {
        return Fixtures.city("Allowed " + unique(), "JP", "Asia/Tokyo");
    }

    private static String event() {
        return Fixtures.event("Allowed " + unique(), city(), List.of());
    }

    private static String linkedPartnerCity(String city) {
        String other = city();
        RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(Map.of("partnerCityId", other, "kind", "SISTER", "establishedOn", "2001-05-05"))
                .post("/cities/" + city + "/sister-cities").then().statusCode(201);
        return other;
    }

    /** An OPEN event with the partner's delegation: {event, registration, etag}. */
    private static String[] registered() {
        String event = Partners.openEvent("Allowed " + unique(), city(), null);
        var created = RestAssured.given().header("Authorization", "Bearer " + partner.apiKey()).contentType(ContentType.JSON)
                .body(Partners.delegation(partner)).post("/events/" + event + "/registrations").then().statusCode(201).extract();
        return new String[] {event, created.path("id"), created.header("ETag")};
    }

    /** A set-up step as the organiser, which must succeed. */
    private static void organiser(String method, String path) {
        RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY)
                .request(method, path).then().statusCode(lessThan(300));
    }

    private static String created(String path, Map<String, Object> body) {
        return RestAssured.given().header("Authorization", "Bearer " + ApiTest.ORGANISER_KEY).contentType(ContentType.JSON)
                .body(body).post(path).then().statusCode(201).extract().path("id");
    }

    /** A session 10:00–11:00 on the day of an event made by {@link #event()} (that event's id first). */
    private static String[] session() {
        String event = event();
        String id = created("/events/" + event + "/sessions", sessionBody("Session " + unique()));
        return new String[] {event, id};
    }

    private static Map<String, Object> sessionBody(String title) {
        return Map.of("title", title, "format", "PANEL", "startsAt", Dates.inDays(30, "10:00"), "endsAt", Dates.inDays(30, "11:00"));
    }

    /**
     * An OPEN event where the partner's mayor attends (its delegation confirmed) and so does another mayor (recorded):
     * {event, the partner's mayor, the other mayor}.
     */
    private static String[] meetingWorld() {
        String[] r = registered();
        organiser("POST", "/events/" + r[0] + "/registrations/" + r[1] + "/approve");
        String other = Fixtures.mayor("Counterpart " + unique(), city());
        organiser("PUT", "/events/" + r[0] + "/attendees/" + other);
        return new String[] {r[0], partner.mayorId(), other};
    }

    private static final AtomicInteger MEETING_SLOTS = new AtomicInteger();

    /**
     * Each meeting in a half hour of its own: the partner's mayor attends every event the matrix makes, all on one day,
     * and is never booked in two events at once.
     */
    private static Map<String, Object> meetingBody(String requester, String counterpart) {
        LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * (MEETING_SLOTS.getAndIncrement() % 16));
        return Map.of("requesterMayorId", requester, "counterpartMayorId", counterpart,
                "startsAt", Dates.inDays(90, start.toString()), "endsAt", Dates.inDays(90, start.plusMinutes(30).toString()));
    }

    /** A meeting the other mayor asked of the partner's mayor: {event, meeting}. */
    private static String[] requestedOfPartner() {
        String[] w = meetingWorld();
        return new String[] {w[0], created("/events/" + w[0] + "/meetings", meetingBody(w[2], w[1]))};
    }

    /** A subscription of the partner's (the organiser may act on it too). */
    private static String partnersWebhook() {
        return RestAssured.given().header("Authorization", "Bearer " + partner.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("registration.created"))).post("/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    static {
        SCENARIOS.put("listCountries", () -> call("/countries"));
        SCENARIOS.put("createCountry", () -> call("/countries").body(Map.of("code", "LI", "name", "Liechtenstein")));
        SCENARIOS.put("getCountry", () -> call("/countries/JP"));
        SCENARIOS.put("replaceCountry", () -> call("/countries/JP").body(Map.of("code", "JP", "name", "Japan")));
        SCENARIOS.put("deleteCountry", () -> {
            Fixtures.country("SM", "San Marino");
            return call("/countries/SM");
        });

        SCENARIOS.put("listCities", () -> call("/cities"));
        SCENARIOS.put("createCity", () -> call("/cities").body(cityBody("Created " + unique())));
        SCENARIOS.put("getCity", () -> call("/cities/" + city()));
        SCENARIOS.put("replaceCity", () -> call("/cities/" + city()).body(cityBody("Replaced " + unique())));
        SCENARIOS.put("deleteCity", () -> call("/cities/" + city()));

        SCENARIOS.put("listSisterCities", () -> call("/cities/" + city() + "/sister-cities"));
        SCENARIOS.put("linkSisterCity", () -> call("/cities/" + city() + "/sister-cities")
                .body(Map.of("partnerCityId", city(), "kind", "FRIENDSHIP", "establishedOn", "1999-09-09")));
        SCENARIOS.put("getSisterCity", () -> {
            String city = city();
            return call("/cities/" + city + "/sister-cities/" + linkedPartnerCity(city));
        });
        SCENARIOS.put("unlinkSisterCity", () -> {
            String city = city();
            return call("/cities/" + city + "/sister-cities/" + linkedPartnerCity(city));
        });
        SCENARIOS.put("getCityNetwork", () -> call("/cities/" + city() + "/network"));

        SCENARIOS.put("listMayors", () -> call("/mayors"));
        SCENARIOS.put("createMayor", () -> call("/mayors")
                .body(Map.of("fullName", "Created Mayor " + unique(), "title", "Mayor", "cityId", city())));
        SCENARIOS.put("getMayor", () -> call("/mayors/" + Fixtures.mayor("Read Mayor " + unique(), city())));
        SCENARIOS.put("replaceMayor", () -> {
            String city = city();
            return call("/mayors/" + Fixtures.mayor("Old Mayor " + unique(), city))
                    .body(Map.of("fullName", "New Mayor " + unique(), "title", "Mayor", "cityId", city));
        });
        SCENARIOS.put("deleteMayor", () -> call("/mayors/" + Fixtures.mayor("Gone Mayor " + unique(), city())));

        SCENARIOS.put("listTopics", () -> call("/topics"));
        SCENARIOS.put("createTopic", () -> call("/topics").body(Map.of("title", "Created topic " + unique())));
        SCENARIOS.put("getTopic", () -> call("/topics/" + Fixtures.topic("Read topic " + unique())));
        SCENARIOS.put("replaceTopic", () -> call("/topics/" + Fixtures.topic("Old topic " + unique()))
                .body(Map.of("title", "New topic " + unique())));
        SCENARIOS.put("deleteTopic", () -> call("/topics/" + Fixtures.topic("Gone topic " + unique())));

        SCENARIOS.put("listEvents", () -> call("/events"));
        SCENARIOS.put("createEvent", () -> call("/events").body(eventBody("Created " + unique(), city())));
        SCENARIOS.put("getEvent", () -> call("/events/" + event()));
        SCENARIOS.put("replaceEvent", () -> {
            String host = city();
            return call("/events/" + Fixtures.event("Old " + unique(), host, List.of())).body(eventBody("New " + unique(), host));
        });
        SCENARIOS.put("deleteEvent", () -> call("/events/" + event()));
        SCENARIOS.put("listEventTopics", () -> call("/events/" + event() + "/topics"));
        SCENARIOS.put("linkEventTopic", () -> call("/events/" + event() + "/topics/" + Fixtures.topic("Linked " + unique())));
        SCENARIOS.put("unlinkEventTopic", () -> {
            String topic = Fixtures.topic("Unlinked " + unique());
            return call("/events/" + Fixtures.event("Agenda " + unique(), city(), List.of(topic)) + "/topics/" + topic);
        });
        SCENARIOS.put("listAttendees", () -> call("/events/" + event() + "/attendees"));
        SCENARIOS.put("addAttendee", () -> call("/events/" + event() + "/attendees/" + Fixtures.mayor("Guest " + unique(), city())));
        SCENARIOS.put("removeAttendee", () -> {
            String event = event();
            String mayor = Fixtures.mayor("Leaving " + unique(), city());
            organiser("PUT", "/events/" + event + "/attendees/" + mayor);
            return call("/events/" + event + "/attendees/" + mayor);
        });

        SCENARIOS.put("listPartners", () -> call("/partners"));
        SCENARIOS.put("createPartner", () -> call("/partners").body(Map.of("cityId", city(), "name", "Office " + unique())));
        SCENARIOS.put("getPartner", () -> call("/partners/" + created("/partners", Map.of("cityId", city(), "name", "Read " + unique()))));
        SCENARIOS.put("revokePartner", () -> call("/partners/" + created("/partners", Map.of("cityId", city(), "name", "Revoked " + unique()))));

        SCENARIOS.put("listRegistrations", () -> call("/events/" + registered()[0] + "/registrations"));
        SCENARIOS.put("createRegistration", () -> call("/events/" + Partners.openEvent("Open " + unique(), city(), null)
                + "/registrations").body(Partners.delegation(partner)));
        SCENARIOS.put("getRegistration", () -> {
            String[] r = registered();
            return call("/events/" + r[0] + "/registrations/" + r[1]);
        });
        SCENARIOS.put("replaceRegistration", () -> {
            String[] r = registered();
            return call("/events/" + r[0] + "/registrations/" + r[1]).header("If-Match", r[2])
                    .body(Map.of("headMayorId", partner.mayorId(), "notes", "Replaced"));
        });
        for (String action : List.of("approve", "reject", "cancel")) {
            SCENARIOS.put(action + "Registration", () -> {
                String[] r = registered();
                return call("/events/" + r[0] + "/registrations/" + r[1] + "/" + action);
            });
        }
        SCENARIOS.put("listSessions", () -> call("/events/" + event() + "/sessions"));
        SCENARIOS.put("createSession", () -> call("/events/" + event() + "/sessions").body(sessionBody("Created " + unique())));
        SCENARIOS.put("getSession", () -> {
            String[] s = session();
            return call("/events/" + s[0] + "/sessions/" + s[1]);
        });
        SCENARIOS.put("replaceSession", () -> {
            String[] s = session();
            return call("/events/" + s[0] + "/sessions/" + s[1]).body(sessionBody("Replaced " + unique()));
        });
        SCENARIOS.put("deleteSession", () -> {
            String[] s = session();
            return call("/events/" + s[0] + "/sessions/" + s[1]);
        });
        SCENARIOS.put("getSessionInterpretation", () -> {
            String[] s = session();
            return call("/events/" + s[0] + "/sessions/" + s[1] + "/interpretation");
        });
        SCENARIOS.put("listMeetings", () -> call("/events/" + event() + "/meetings"));
        SCENARIOS.put("requestMeeting", () -> {
            String[] w = meetingWorld();
            return call("/events/" + w[0] + "/meetings").body(meetingBody(w[1], w[2]));
        });
        SCENARIOS.put("suggestMeetingSlots", () -> {
            String[] w = meetingWorld();
            return call("/events/" + w[0] + "/meetings/suggestions?mayorA=" + w[1] + "&mayorB=" + w[2]);
        });
        SCENARIOS.put("getMeeting", () -> {
            String[] m = requestedOfPartner();
            return call("/events/" + m[0] + "/meetings/" + m[1]);
        });
        for (String action : List.of("accept", "decline", "cancel")) {
            SCENARIOS.put(action + "Meeting", () -> {
                String[] m = requestedOfPartner();
                return call("/events/" + m[0] + "/meetings/" + m[1] + "/" + action);
            });
        }
        SCENARIOS.put("getProtocolOrder", () -> call("/events/" + event() + "/protocol-order"));
        SCENARIOS.put("getEventCalendar", () -> call("/events/" + event() + "/calendar.ics"));
        SCENARIOS.put("getEventStats", () -> call("/events/" + event() + "/stats"));
        SCENARIOS.put("listWebhooks", () -> call("/webhooks"));
        SCENARIOS.put("createWebhook", () -> call("/webhooks").body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("event.updated"))));
        for (String[] op : new String[][] {{"getWebhook", ""}, {"deleteWebhook", ""}, {"listWebhookDeliveries", "/deliveries"},
                {"pingWebhook", "/ping"}}) {
            SCENARIOS.put(op[0], () -> call("/webhooks/" + partnersWebhook() + op[1]));
        }
        SCENARIOS.put("listAuditEntries", () -> call("/audit"));
        SCENARIOS.put("getRegistrationHistory", () -> {
            String[] r = registered();
            return call("/events/" + r[0] + "/registrations/" + r[1] + "/history");
        });
        SCENARIOS.put("checkInRegistration", () -> {
            String[] r = registered();
            organiser("POST", "/events/" + r[0] + "/registrations/" + r[1] + "/approve");
            return call("/events/" + r[0] + "/registrations/" + r[1] + "/check-in");
        });
    }
}
