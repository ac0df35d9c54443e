package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.country.CountryService;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.model.AdminLevelDto;
import io.mayorsdialogue.api.model.CityDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.time.TimeZones;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
@Transactional
public class CityService {

    private final CityRepository cities;
    private final CountryService countries;

    CityService(CityRepository cities, CountryService countries) {
        this.cities = cities;
        this.countries = countries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CityDto> list(String country, AdminLevelDto adminLevel, String q, String sort, PageRequest page) {
        SortOrder<City> order = SortOrder.choose(sort, CityRepository.BY_NAME, CityRepository.BY_COUNTRY);
        AdminLevel level = adminLevel == null ? null : AdminLevel.valueOf(adminLevel.name());
        return Page.of(cities.page(country, level, q, order, page), page, c -> order.cursorAfter(c, c.id.toString()),
                CityMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<CityDto> get(String id) {
        return view(find(id));
    }

    public Versioned<CityDto> create(CityDto in) {
        City e = new City();
        e.id = Ids.newId();
        validate(in, e.id);
        CityMapper.apply(in, e);
        cities.persistAndFlush(e);
        return view(e);
    }

    public Versioned<CityDto> replace(String id, CityDto in, String ifMatch) {
        City e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        validate(in, e.id);
        CityMapper.apply(in, e);
        ConditionalRequests.flushChecked(cities::flush);
        return view(e);
    }

    /**
     * A city that mayors, events, partner keys, registrations or links still refer to is refused by the database's
     * foreign keys (409 naming what refers to it, see web.DatabaseConstraints).
     */
    public void delete(String id, String ifMatch) {
        City e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        cities.delete(e);
        ConditionalRequests.flushChecked(cities::flush);
    }

    /** The city with this id, if any; callers report a miss under their own field name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<City> findById(String id) {
        return Ids.parse(id).flatMap(cities::findByIdOptional);
    }

    /** Names and countries of several cities in one query, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, CitySummary> summaries(Collection<UUID> ids) {
        return cities.summaries(ids).stream().collect(Collectors.toMap(CitySummary::id, Function.identity()));
    }

    /** The ids of a country's cities as a subquery, for other features' {@code country=} filters; null for no filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subquery idsInCountry(String countryCode) {
        return CityRepository.idsInCountry(countryCode);
    }

    private City find(String id) {
        return findById(id).orElseThrow(() -> ApiProblem.notFound("city", id));
    }

    private void validate(CityDto in, UUID id) {
        Violations v = new Violations();
        Languages.check(in.getNames(), "names", v);
        v
                .check(!in.getName().isBlank(), "name", "must not be blank")
                .check(in.getLocalName() == null || !in.getLocalName().isBlank(), "localName", "must not be blank when given")
                .check(countries.exists(in.getCountryCode()), "countryCode",
                        "names no country in the catalogue ('" + in.getCountryCode() + "'); create the country first")
                .check(TimeZones.isIana(in.getTimeZone()), "timeZone", TimeZones.MESSAGE)
                .check((in.getLatitude() == null) == (in.getLongitude() == null), "latitude",
                        "must be given together with longitude, or both left out")
                .throwIfAny();
        if (cities.nameTakenInCountry(in.getName().strip(), in.getCountryCode(), id)) {
            throw ApiProblem.conflict("A city named '" + in.getName().strip() + "' already exists in " + in.getCountryCode() + ".");
        }
    }

    private static Versioned<CityDto> view(City e) {
        return new Versioned<>(CityMapper.toApi(e), e.version);
    }
}
