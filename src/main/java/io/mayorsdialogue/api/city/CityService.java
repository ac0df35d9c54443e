package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Ids;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.Languages;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Preconditions;
import io.mayorsdialogue.api.common.Versioned;
import io.mayorsdialogue.api.common.TimeZones;
import io.mayorsdialogue.api.common.Violations;
import io.mayorsdialogue.api.country.CountryRepository;
import io.mayorsdialogue.api.event.EventRepository;
import io.mayorsdialogue.api.mayor.MayorRepository;
import io.mayorsdialogue.api.model.AdminLevel;
import io.mayorsdialogue.api.partner.PartnerRepository;
import io.mayorsdialogue.api.registration.RegistrationRepository;
import io.mayorsdialogue.api.sistercity.CityLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class CityService {

    private final CityRepository cities;
    private final CountryRepository countries;
    private final MayorRepository mayors;
    private final EventRepository events;
    private final PartnerRepository partners;
    private final RegistrationRepository registrations;
    private final CityLinkRepository links;

    CityService(CityRepository cities, CountryRepository countries, MayorRepository mayors, EventRepository events,
            PartnerRepository partners, RegistrationRepository registrations, CityLinkRepository links) {
        this.links = links;
        this.cities = cities;
        this.countries = countries;
        this.mayors = mayors;
        this.events = events;
        this.partners = partners;
        this.registrations = registrations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.City> list(String country, AdminLevel adminLevel, String q, String sort,
            PageRequest page) {
        SortOrder<City> order = SortOrder.choose(sort, CityRepository.BY_NAME, CityRepository.BY_COUNTRY);
        return Page.of(cities.page(country, adminLevel, q, order, page), page, c -> order.cursorAfter(c, c.id.toString()),
                CityMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<io.mayorsdialogue.api.model.City> get(String id) {
        return view(find(id));
    }

    public Versioned<io.mayorsdialogue.api.model.City> create(io.mayorsdialogue.api.model.City in) {
        City e = new City();
        e.id = UUID.randomUUID();
        validate(in, e.id);
        CityMapper.apply(in, e);
        cities.persistAndFlush(e);
        return view(e);
    }

    public Versioned<io.mayorsdialogue.api.model.City> replace(String id, io.mayorsdialogue.api.model.City in, String ifMatch) {
        City e = find(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        validate(in, e.id);
        CityMapper.apply(in, e);
        Preconditions.flushChecked(cities::flush);
        return view(e);
    }

    public void delete(String id) {
        City e = find(id);
        long officials = mayors.countByCity(e.id);
        long hosted = events.countByHostCity(e.id);
        long keys = partners.count("cityId", e.id);
        long registered = registrations.countByCity(e.id);
        long linked = links.count("cityA = ?1 or cityB = ?1", e.id);
        if (officials + hosted + keys + registered + linked > 0) {
            throw ApiProblem.conflict("City '" + e.name + "' is still referenced by " + officials + " mayor(s), "
                    + hosted + " hosted event(s), " + keys + " partner key(s), " + registered + " registration(s) and "
                    + linked + " sister-city link(s); remove those first.");
        }
        cities.delete(e);
    }

    /** The city a reference names, if it exists; callers report a miss under their own field name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<City> findReference(String id) {
        return Ids.parse(id).flatMap(cities::findByIdOptional);
    }

    private City find(String id) {
        return findReference(id).orElseThrow(() -> ApiProblem.notFound("city", id));
    }

    private void validate(io.mayorsdialogue.api.model.City in, UUID id) {
        Violations v = new Violations();
        Languages.check(in.getNames(), "names", v);
        v
                .check(!in.getName().isBlank(), "name", "must not be blank")
                .check(in.getLocalName() == null || !in.getLocalName().isBlank(), "localName", "must not be blank when given")
                .check(countries.findByIdOptional(in.getCountryCode()).isPresent(), "countryCode",
                        "names no country in the catalogue ('" + in.getCountryCode() + "'); create the country first")
                .check(TimeZones.isIana(in.getTimeZone()), "timeZone", TimeZones.MESSAGE)
                .check((in.getLatitude() == null) == (in.getLongitude() == null), "latitude",
                        "must be given together with longitude, or both left out")
                .throwIfAny();
        if (cities.nameTakenInCountry(in.getName().strip(), in.getCountryCode(), id)) {
            throw ApiProblem.conflict("A city named '" + in.getName().strip() + "' already exists in " + in.getCountryCode() + ".");
        }
    }

    private static Versioned<io.mayorsdialogue.api.model.City> view(City e) {
        return new Versioned<>(CityMapper.toApi(e), e.version);
    }
}
