package io.mayorsdialogue.api.demo;

import io.mayorsdialogue.api.city.AdminLevel;
import io.mayorsdialogue.api.event.EventStatus;
import io.mayorsdialogue.api.sistercity.LinkKind;
import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityRepository;
import io.mayorsdialogue.api.country.Country;
import io.mayorsdialogue.api.country.CountryRepository;
import io.mayorsdialogue.api.agenda.AgendaSession;
import io.mayorsdialogue.api.agenda.Meeting;
import io.mayorsdialogue.api.agenda.MeetingRepository;
import io.mayorsdialogue.api.agenda.MeetingStatus;
import io.mayorsdialogue.api.agenda.SessionFormat;
import io.mayorsdialogue.api.agenda.SessionRepository;
import io.mayorsdialogue.api.attendee.AttendeeRepository;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.attendee.EventAttendee;
import io.mayorsdialogue.api.event.EventRepository;
import io.mayorsdialogue.api.event.EventTopic;
import io.mayorsdialogue.api.event.EventTopicRepository;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorRepository;
import io.mayorsdialogue.api.sistercity.CityLink;
import io.mayorsdialogue.api.sistercity.CityLinkRepository;
import io.mayorsdialogue.api.topic.Topic;
import io.mayorsdialogue.api.topic.TopicRepository;
import io.mayorsdialogue.api.time.Times;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Global Mayors Dialogue · Qingdao (19 July 2025), told in our own words from the source article. Ids are
 * derived from names, so they are the same on every machine and the README's curl examples work as pasted.
 * Only Ren Gang, mayor of Qingdao, is named in the article; the other delegation heads are fictional people,
 * marked as such in their names.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    public static final UUID QINGDAO = id("city:qingdao");
    public static final UUID SHIMONOSEKI = id("city:shimonoseki");
    public static final UUID SOMOGY = id("city:somogy");
    public static final UUID DAEGU = id("city:daegu");
    public static final UUID PIRAEUS = id("city:piraeus");
    public static final UUID SIEM_REAP = id("city:siem-reap");
    public static final UUID REN_GANG = id("mayor:ren-gang");
    public static final UUID MARINE_TOURISM = id("topic:marine-tourism");
    public static final UUID HISTORIC_DISTRICTS = id("topic:historic-districts");
    public static final UUID INTERNATIONAL_TOURISM = id("topic:international-tourism");
    public static final UUID QINGDAO_DIALOGUE = id("event:global-mayors-dialogue-qingdao-2025");
    /** A fictional follow-up, OPEN for registration, so that the partner journey can be tried on the demo data. */
    public static final UUID COASTAL_FORUM = id("event:qingdao-coastal-cities-forum-2027");
    private static final ZoneId QINGDAO_ZONE = ZoneId.of("Asia/Shanghai");

    private final boolean enabled;
    private final CountryRepository countries;
    private final CityRepository cities;
    private final MayorRepository mayors;
    private final TopicRepository topics;
    private final EventRepository events;
    private final EventTopicRepository eventTopics;
    private final AttendeeRepository attendees;
    private final CityLinkRepository links;
    private final SessionRepository sessions;
    private final MeetingRepository meetings;

    DemoData(@ConfigProperty(name = "mayors.demo-data") boolean enabled, CountryRepository countries, CityRepository cities,
            MayorRepository mayors, TopicRepository topics, EventRepository events, EventTopicRepository eventTopics,
            AttendeeRepository attendees, CityLinkRepository links, SessionRepository sessions, MeetingRepository meetings) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.links = links;
        this.enabled = enabled;
        this.countries = countries;
        this.cities = cities;
        this.mayors = mayors;
        this.topics = topics;
        this.events = events;
        this.eventTopics = eventTopics;
        this.attendees = attendees;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("mayors-dialogue-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            loadIfAbsent();
        }
    }

    /** Loads what is missing in one transaction: the dialogue with its catalogue, then the open forum. */
    @Transactional
    public boolean loadIfAbsent() {
        boolean loaded = false;
        if (events.findByIdOptional(QINGDAO_DIALOGUE).isEmpty()) {
            loadDialogue();
            loaded = true;
        }
        if (sessions.count("eventId", QINGDAO_DIALOGUE) == 0) {
            loadDialogueAgenda();
            loaded = true;
        }
        if (events.findByIdOptional(COASTAL_FORUM).isEmpty()) {
            loadForum();
            loaded = true;
        }
        return loaded;
    }

    /**
     * The forum lies half a year after the day the demo data is loaded (its dates come from the clock, so a demo
     * started any day has an event open for registration), with registration closing twelve days before.
     */
    /**
     * The dialogue's agenda (times and rooms illustrative): an opening plenary, one session for each of the three
     * topics, and two bilateral meetings the host accepted, with its first sister city and with Siem Reap on historic
     * districts (the article names the countries that attended, Hungary not among them: Somogy County, its newest
     * sister city, is in the catalogue but not at the dialogue). Loaded on its own too, for demo databases made before
     * the agenda existed.
     */
    private void loadDialogueAgenda() {
        LocalDate dialogueDay = LocalDate.of(2025, 7, 19);
        UUID shimonoseki = id("mayor:shimonoseki");
        UUID daegu = id("mayor:daegu");
        UUID piraeus = id("mayor:piraeus");
        UUID siemReap = id("mayor:siem-reap");
        session(QINGDAO_DIALOGUE, "opening", "Opening plenary: a bridge between cities", null, SessionFormat.PLENARY,
                dialogueDay.atTime(9, 0), dialogueDay.atTime(10, 0), "Grand Hall", REN_GANG,
                List.of(shimonoseki, daegu, piraeus, siemReap), List.of("zh", "en", "ja", "ko"));
        session(QINGDAO_DIALOGUE, "marine", "Marine tourism: bays, beaches and ports", MARINE_TOURISM, SessionFormat.PANEL,
                dialogueDay.atTime(10, 30), dialogueDay.atTime(11, 45), "Grand Hall", REN_GANG, List.of(shimonoseki, piraeus),
                List.of("zh", "en", "ja"));
        session(QINGDAO_DIALOGUE, "historic", "Reviving historic districts through cultural tourism", HISTORIC_DISTRICTS,
                SessionFormat.PANEL, dialogueDay.atTime(13, 30), dialogueDay.atTime(14, 45), "Grand Hall", REN_GANG,
                List.of(daegu, siemReap), List.of("zh", "en", "ko"));
        session(QINGDAO_DIALOGUE, "international", "International tourism for people-to-people exchange",
                INTERNATIONAL_TOURISM, SessionFormat.ROUNDTABLE, dialogueDay.atTime(15, 0), dialogueDay.atTime(16, 15),
                "Grand Hall", REN_GANG, List.of(shimonoseki, daegu, piraeus, siemReap), List.of("zh", "en"));
        meeting(QINGDAO_DIALOGUE, "shimonoseki", shimonoseki, REN_GANG, dialogueDay.atTime(12, 0), dialogueDay.atTime(12, 30),
                MARINE_TOURISM, "Meeting room 2", List.of("ja", "zh"), "Ferry and cruise links between the two ports.");
        meeting(QINGDAO_DIALOGUE, "siem-reap", siemReap, REN_GANG, dialogueDay.atTime(16, 30), dialogueDay.atTime(17, 0),
                HISTORIC_DISTRICTS, "Meeting room 2", List.of("km", "zh", "en"),
                "Old quarters near great monuments, and how visitors can help keep them lived in.");
        LOG.info("Loaded the demo data: the dialogue's agenda and meetings");
    }

    private void loadForum() {
        LocalDate day = LocalDate.now(QINGDAO_ZONE).plusDays(180);
        Event forum = event(COASTAL_FORUM, "Qingdao Coastal Cities Forum (fictional demo)", day.atTime(9, 0),
                day.atTime(18, 0), EventStatus.OPEN, 30, Times.now(),
                "An imagined follow-up to the dialogue, open for registration so that partner cities' "
                        + "integrations can be tried against the demo data.");
        forum.registrationDeadline = day.minusDays(12).atTime(23, 59).atZone(QINGDAO_ZONE).toInstant();
        events.persist(forum);
        eventTopics.persist(EventTopic.of(COASTAL_FORUM, MARINE_TOURISM));
        attendees.persist(EventAttendee.of(COASTAL_FORUM, REN_GANG));
        session(COASTAL_FORUM, "forum-opening", "Opening of the forum", null, SessionFormat.PLENARY, day.atTime(9, 0),
                day.atTime(9, 45), "Grand Hall", REN_GANG, List.of(), List.of("zh", "en"));
        session(COASTAL_FORUM, "forum-marine", "Coastal cities and marine tourism", MARINE_TOURISM, SessionFormat.ROUNDTABLE,
                day.atTime(10, 0), day.atTime(11, 30), "Hall B", REN_GANG, List.of(), List.of("zh", "en"));
        session(COASTAL_FORUM, "forum-reception", "Welcome reception", null, SessionFormat.RECEPTION, day.atTime(17, 0),
                day.atTime(18, 0), "Sea View Terrace", null, List.of(), List.of("zh", "en"));
        LOG.info("Loaded the demo data: an open forum for trying registrations and meetings");
    }

    private void loadDialogue() {
        country("CN", "China", "East Asia", Map.of("zh", "中国", "ja", "中国", "ko", "중국"));
        country("JP", "Japan", "East Asia", Map.of("ja", "日本", "zh", "日本", "ko", "일본"));
        country("KR", "South Korea", "East Asia", Map.of("ko", "대한민국", "zh", "韩国", "ja", "韓国"));
        country("GR", "Greece", "Southern Europe", Map.of("el", "Ελλάδα", "zh", "希腊"));
        country("KH", "Cambodia", "Southeast Asia", Map.of("km", "កម្ពុជា", "zh", "柬埔寨"));
        country("HU", "Hungary", "Central Europe", Map.of("hu", "Magyarország", "zh", "匈牙利"));

        city(QINGDAO, "Qingdao", "青岛", "CN", AdminLevel.CITY, "Asia/Shanghai", 36.0671, 120.3826,
                Map.of("zh", "青岛", "ja", "青島", "ko", "칭다오"));
        city(SHIMONOSEKI, "Shimonoseki", "下関市", "JP", AdminLevel.CITY, "Asia/Tokyo", 33.9578, 130.9414,
                Map.of("ja", "下関市", "zh", "下关"));
        city(SOMOGY, "Somogy County", "Somogy vármegye", "HU", AdminLevel.COUNTY, "Europe/Budapest", 46.3500, 17.6833,
                Map.of("hu", "Somogy vármegye", "zh", "绍莫吉州"));
        city(DAEGU, "Daegu", "대구광역시", "KR", AdminLevel.CITY, "Asia/Seoul", 35.8714, 128.6014,
                Map.of("ko", "대구광역시", "zh", "大邱"));
        city(PIRAEUS, "Piraeus", "Πειραιάς", "GR", AdminLevel.CITY, "Europe/Athens", 37.9420, 23.6465,
                Map.of("el", "Πειραιάς", "zh", "比雷埃夫斯"));
        city(SIEM_REAP, "Siem Reap", "ក្រុងសៀមរាប", "KH", AdminLevel.CITY, "Asia/Phnom_Penh", 13.3633, 103.8564,
                Map.of("km", "ក្រុងសៀមរាប", "zh", "暹粒"));

        mayor(REN_GANG, "Ren Gang", "Mayor", QINGDAO, List.of("zh"));
        UUID shimonoseki = mayor(id("mayor:shimonoseki"), "Haruka Mori (fictional)", "Mayor", SHIMONOSEKI, List.of("ja", "en"));
        UUID daegu = mayor(id("mayor:daegu"), "Ji-woo Han (fictional)", "Deputy Mayor", DAEGU, List.of("ko", "en"));
        UUID piraeus = mayor(id("mayor:piraeus"), "Nikos Andreou (fictional)", "Mayor", PIRAEUS, List.of("el", "en"));
        UUID siemReap = mayor(id("mayor:siem-reap"), "Dara Sok (fictional)", "Governor", SIEM_REAP, List.of("km", "en", "fr"));
        mayor(id("mayor:somogy"), "Réka Szabó (fictional)", "President of the County Assembly", SOMOGY, List.of("hu", "en", "de"));

        link(QINGDAO, SHIMONOSEKI, "1979-10-03", "Qingdao's first sister city.");
        link(QINGDAO, SOMOGY, "2025-07-01", "Qingdao's 95th sister city, per the source article (date illustrative).");

        topic(MARINE_TOURISM, "Marine tourism",
                "How coastal cities turn bays, beaches, ports and marine heritage into places people want to visit.",
                Map.of("zh", "海洋旅游"));
        topic(HISTORIC_DISTRICTS, "Reviving historic districts through cultural tourism",
                "Renewing old quarters so that they first improve residents' daily lives, then invite visitors to share the local culture and way of life.",
                Map.of("zh", "以文化旅游激活历史街区"));
        topic(INTERNATIONAL_TOURISM, "International tourism for people-to-people exchange",
                "Growing travel between partner cities as a way for their citizens to understand one another.",
                Map.of("zh", "发展国际旅游，促进民心相通"));

        LocalDate dialogueDay = LocalDate.of(2025, 7, 19);
        events.persist(event(QINGDAO_DIALOGUE, "Global Mayors Dialogue · Qingdao", dialogueDay.atTime(9, 0),
                dialogueDay.atTime(17, 30), EventStatus.COMPLETED, 40, OffsetDateTime.parse("2025-06-01T10:00:00+08:00").toInstant(),
                "A Saturday of talks in the seaside city of Qingdao, where the host mayor welcomed mayors from "
                        + "Japan, South Korea, Greece and Cambodia to compare how the sea, old city quarters and visitors from "
                        + "abroad can bring their cities closer. (Start and end times are illustrative.)"));
        for (UUID topic : List.of(MARINE_TOURISM, HISTORIC_DISTRICTS, INTERNATIONAL_TOURISM)) {
            eventTopics.persist(EventTopic.of(QINGDAO_DIALOGUE, topic));
        }
        for (UUID mayor : List.of(REN_GANG, shimonoseki, daegu, piraeus, siemReap)) {
            attendees.persist(EventAttendee.of(QINGDAO_DIALOGUE, mayor));
        }

        LOG.info("Loaded the demo data: Global Mayors Dialogue · Qingdao");
    }

    /** An event hosted by Qingdao, at local times in its time zone. */
    private static Event event(UUID id, String name, LocalDateTime startsAt, LocalDateTime endsAt, EventStatus status,
            int capacity, Instant createdAt, String description) {
        Event e = new Event();
        e.id = id;
        e.name = name;
        e.hostCityId = QINGDAO;
        e.startsAt = startsAt.atZone(QINGDAO_ZONE).toInstant();
        e.endsAt = endsAt.atZone(QINGDAO_ZONE).toInstant();
        e.timeZone = QINGDAO_ZONE.getId();
        e.status = status;
        e.capacity = capacity;
        e.createdAt = createdAt;
        e.description = description;
        return e;
    }

    private void session(UUID event, String key, String title, UUID topic, SessionFormat format, LocalDateTime startsAt,
            LocalDateTime endsAt, String room, UUID moderator, List<UUID> panelists, List<String> languages) {
        AgendaSession s = new AgendaSession();
        s.id = id("session:" + event + ":" + key);
        s.eventId = event;
        s.title = title;
        s.topicId = topic;
        s.format = format;
        s.startsAt = startsAt.atZone(QINGDAO_ZONE).toInstant();
        s.endsAt = endsAt.atZone(QINGDAO_ZONE).toInstant();
        s.room = room;
        s.moderatorMayorId = moderator;
        s.panelists = new ArrayList<>(panelists);
        s.languages = new ArrayList<>(languages);
        sessions.persist(s);
    }

    private void meeting(UUID event, String key, UUID requester, UUID counterpart, LocalDateTime startsAt, LocalDateTime endsAt,
            UUID topic, String room, List<String> languages, String notes) {
        Meeting m = new Meeting();
        m.id = id("meeting:" + event + ":" + key);
        m.eventId = event;
        m.requesterMayorId = requester;
        m.counterpartMayorId = counterpart;
        m.status = MeetingStatus.ACCEPTED;
        m.startsAt = startsAt.atZone(QINGDAO_ZONE).toInstant();
        m.endsAt = endsAt.atZone(QINGDAO_ZONE).toInstant();
        m.topicId = topic;
        m.room = room;
        m.languages = new ArrayList<>(languages);
        m.notes = notes;
        m.createdAt = OffsetDateTime.parse("2025-07-10T10:00:00+08:00").toInstant();
        meetings.persist(m);
    }

    private void country(String code, String name, String region, Map<String, String> names) {
        if (countries.findByIdOptional(code).isPresent()) {
            return; // an organiser may have created it already; theirs wins
        }
        Country c = new Country();
        c.code = code;
        c.name = name;
        c.region = region;
        c.names = new LinkedHashMap<>(names);
        countries.persist(c);
    }

    private void city(UUID id, String name, String localName, String country, AdminLevel level, String zone, double lat,
            double lon, Map<String, String> names) {
        City c = new City();
        c.id = id;
        c.name = name;
        c.localName = localName;
        c.countryCode = country;
        c.adminLevel = level;
        c.timeZone = zone;
        c.latitude = lat;
        c.longitude = lon;
        c.names = new LinkedHashMap<>(names);
        cities.persist(c);
    }

    private UUID mayor(UUID id, String fullName, String title, UUID cityId, List<String> languages) {
        Mayor m = new Mayor();
        m.id = id;
        m.fullName = fullName;
        m.title = title;
        m.cityId = cityId;
        m.languages = new ArrayList<>(languages);
        mayors.persist(m);
        return id;
    }

    private void link(UUID city, UUID partner, String establishedOn, String note) {
        UUID[] pair = CityLink.ordered(city, partner);
        CityLink l = new CityLink();
        l.id = id("link:" + pair[0] + ":" + pair[1]);
        l.cityA = pair[0];
        l.cityB = pair[1];
        l.kind = LinkKind.SISTER;
        l.establishedOn = LocalDate.parse(establishedOn);
        l.note = note;
        l.createdAt = OffsetDateTime.parse("2025-06-01T10:00:00+08:00").toInstant();
        links.persist(l);
    }

    private void topic(UUID id, String title, String description, Map<String, String> titles) {
        Topic t = new Topic();
        t.id = id;
        t.title = title;
        t.description = description;
        t.titles = new LinkedHashMap<>(titles);
        topics.persist(t);
    }
}
