package io.mayorsdialogue.api.sistercity;

import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.model.CityNetworkDto;
import io.mayorsdialogue.api.model.LinkKindDto;
import io.mayorsdialogue.api.model.GeoFeatureCollectionDto;
import io.mayorsdialogue.api.model.GeoFeatureDto;
import io.mayorsdialogue.api.model.GeoFeatureGeometryDto;
import io.mayorsdialogue.api.model.NetworkNodeDto;
import io.mayorsdialogue.api.model.SisterCityDto;
import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.city.CitySummary;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.time.Times;
import io.mayorsdialogue.api.problem.Violations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Transactional
public class SisterCityService {

    /** The network answer is bounded so that a dense graph cannot make one request arbitrarily expensive. */
    static final int MAX_NETWORK_NODES = 500;

    /** The map of a city: itself and its oldest links, as many as the contract's maxItems admits. */
    static final int MAX_MAP_FEATURES = 1000;

    private final CityLinkRepository links;
    private final CityService cities;

    SisterCityService(CityLinkRepository links, CityService cities) {
        this.links = links;
        this.cities = cities;
    }

    /** The list's filters as clients give them; null: not applied. */
    public record LinkFilter(LinkKindDto kind, String country, LocalDate establishedAfter, LocalDate establishedBefore) {

        /** {@code from}/{@code to} as the conventions name date filters, and their deprecated names: both bounds apply. */
        public static LinkFilter of(LinkKindDto kind, String country, LocalDate from, LocalDate to, LocalDate establishedAfter,
                LocalDate establishedBefore) {
            return new LinkFilter(kind, country, later(from, establishedAfter), earlier(to, establishedBefore));
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }

        private static LocalDate earlier(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }

        CityLinkRepository.Filter toRepository() {
            return new CityLinkRepository.Filter(kind == null ? null : LinkKind.valueOf(kind.name()), country, establishedAfter,
                    establishedBefore);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SisterCityDto> list(String cityId, LinkFilter filter, PageRequest page) {
        City city = find(cityId);
        List<LinkRow> rows = links.links(city.id, filter.toRepository(), page.after(), page.fetchSize());
        return Page.of(rows, page, r -> CityLinkRepository.BY_ESTABLISHED.cursorAfter(r, r.linkId().toString()),
                SisterCityService::toApi);
    }

    /** The city as a Point and each link whose cities both have coordinates as a LineString, for a map. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GeoFeatureCollectionDto geoJson(String cityId, LinkFilter filter) {
        City city = find(cityId);
        List<GeoFeatureDto> features = new ArrayList<>();
        boolean located = city.latitude != null && city.longitude != null;
        if (located) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("cityId", city.id.toString());
            props.put("name", city.name);
            props.put("countryCode", city.countryCode);
            features.add(feature(GeoFeatureGeometryDto.TypeEnum.POINT, position(city.latitude, city.longitude), props));
        }
        for (LinkRow r : links.links(city.id, filter.toRepository(), null, MAX_MAP_FEATURES - 1)) {
            if (!located || r.partnerLatitude() == null || r.partnerLongitude() == null) {
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("partnerCityId", r.partnerId().toString());
            props.put("partnerCityName", r.partnerName());
            props.put("partnerCountryCode", r.partnerCountry());
            props.put("kind", r.kind().toString());
            props.put("establishedOn", r.establishedOn().toString());
            props.put("ordinal", r.ordinal());
            props.put("partnerOrdinal", r.partnerOrdinal());
            List<Object> line = List.of(position(city.latitude, city.longitude), position(r.partnerLatitude(), r.partnerLongitude()));
            features.add(feature(GeoFeatureGeometryDto.TypeEnum.LINE_STRING, line, props));
        }
        return new GeoFeatureCollectionDto().type(GeoFeatureCollectionDto.TypeEnum.FEATURE_COLLECTION).features(features);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SisterCityDto get(String cityId, String partnerCityId) {
        City city = find(cityId);
        return cities.findById(partnerCityId)
                .flatMap(partner -> links.link(city.id, partner.id))
                .map(SisterCityService::toApi)
                .orElseThrow(() -> noLink(city, partnerCityId));
    }

    public SisterCityDto link(String cityId, SisterCityDto in) {
        City city = find(cityId);
        Optional<City> partner = cities.findById(in.getPartnerCityId());
        new Violations()
                .check(partner.isPresent(), "partnerCityId", "names no city ('" + in.getPartnerCityId() + "')")
                .check(partner.isEmpty() || !partner.get().id.equals(city.id), "partnerCityId", "cannot be the city itself")
                .check(!in.getEstablishedOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)), "establishedOn",
                        "cannot be in the future")
                .throwIfAny();
        if (links.pair(city.id, partner.get().id).isPresent()) {
            throw ApiProblem.conflict(city.name + " and " + partner.get().name + " are already linked; remove the link first "
                    + "to record it differently.");
        }
        UUID[] pair = CityLink.ordered(city.id, partner.get().id);
        CityLink link = new CityLink();
        link.id = Ids.newId();
        link.cityA = pair[0];
        link.cityB = pair[1];
        link.kind = LinkKind.valueOf(in.getKind().name());
        link.establishedOn = in.getEstablishedOn();
        link.note = in.getNote();
        link.createdAt = Times.now();
        links.persistAndFlush(link);
        return links.link(city.id, partner.get().id).map(SisterCityService::toApi).orElseThrow();
    }

    public void unlink(String cityId, String partnerCityId) {
        City city = find(cityId);
        CityLink link = cities.findById(partnerCityId)
                .flatMap(partner -> links.pair(city.id, partner.id))
                .orElseThrow(() -> noLink(city, partnerCityId));
        links.delete(link);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CityNetworkDto network(String cityId, int depth) {
        City city = find(cityId);
        List<NetworkWalk.Reached> reached = NetworkWalk.from(city.id, depth, MAX_NETWORK_NODES, links::neighbours);
        Map<UUID, CitySummary> names = cities.summaries(reached.stream().map(NetworkWalk.Reached::city).toList());
        List<NetworkNodeDto> nodes = reached.stream()
                .sorted(Comparator.comparingInt(NetworkWalk.Reached::distance)
                        .thenComparing(r -> names.get(r.city()).name())
                        .thenComparing(r -> r.city().toString()))
                .limit(MAX_NETWORK_NODES)
                .map(r -> new NetworkNodeDto().cityId(r.city().toString()).name(names.get(r.city()).name())
                        .countryCode(names.get(r.city()).countryCode()).distance(r.distance())
                        .path(r.path().stream().map(UUID::toString).toList()))
                .toList();
        return new CityNetworkDto().cityId(city.id.toString()).depth(depth).nodes(nodes).truncated(reached.size() > MAX_NETWORK_NODES);
    }

    private City find(String cityId) {
        return cities.findById(cityId).orElseThrow(() -> ApiProblem.notFound("city", cityId));
    }

    private static ApiProblem noLink(City city, String partnerCityId) {
        return new ApiProblem(ProblemType.NOT_FOUND, city.name + " has no link with city '" + partnerCityId + "'.");
    }

    private static GeoFeatureDto feature(GeoFeatureGeometryDto.TypeEnum type, List<Object> coordinates, Map<String, Object> props) {
        return new GeoFeatureDto().type(GeoFeatureDto.TypeEnum.FEATURE)
                .geometry(new GeoFeatureGeometryDto().type(type).coordinates(coordinates))
                .properties(props);
    }

    /** GeoJSON positions are [longitude, latitude]. */
    private static List<Object> position(double latitude, double longitude) {
        return List.of(longitude, latitude);
    }

    static SisterCityDto toApi(LinkRow r) {
        return new SisterCityDto()
                .partnerCityId(r.partnerId().toString())
                .partnerCityName(r.partnerName())
                .partnerCountryCode(r.partnerCountry())
                .kind(LinkKindDto.valueOf(r.kind().name()))
                .establishedOn(r.establishedOn())
                .note(r.note())
                .ordinal(r.ordinal())
                .partnerOrdinal(r.partnerOrdinal());
    }
}
