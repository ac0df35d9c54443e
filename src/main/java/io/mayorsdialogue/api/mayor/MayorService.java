package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Ids;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Preconditions;
import io.mayorsdialogue.api.common.Versioned;
import io.mayorsdialogue.api.common.Violations;
import io.mayorsdialogue.api.event.AttendeeRepository;
import io.mayorsdialogue.api.registration.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class MayorService {

    private final MayorRepository mayors;
    private final CityService cities;
    private final AttendeeRepository attendees;
    private final RegistrationRepository registrations;

    MayorService(MayorRepository mayors, CityService cities, AttendeeRepository attendees, RegistrationRepository registrations) {
        this.mayors = mayors;
        this.cities = cities;
        this.attendees = attendees;
        this.registrations = registrations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.Mayor> list(String cityId, String country, String q, String sort, PageRequest page) {
        SortOrder<Mayor> order = SortOrder.choose(sort, MayorRepository.BY_FULL_NAME);
        if (cityId != null && Ids.parse(cityId).isEmpty()) {
            return new Page<>(List.of(), null); // an id that cannot exist filters everything out
        }
        UUID city = cityId == null ? null : Ids.parse(cityId).get();
        return Page.of(mayors.page(city, country, q, order, page), page, m -> order.cursorAfter(m, m.id.toString()),
                MayorMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<io.mayorsdialogue.api.model.Mayor> get(String id) {
        return view(find(id));
    }

    public Versioned<io.mayorsdialogue.api.model.Mayor> create(io.mayorsdialogue.api.model.Mayor in) {
        Mayor e = new Mayor();
        e.id = UUID.randomUUID();
        MayorMapper.apply(in, e, validate(in));
        mayors.persistAndFlush(e);
        return view(e);
    }

    public Versioned<io.mayorsdialogue.api.model.Mayor> replace(String id, io.mayorsdialogue.api.model.Mayor in, String ifMatch) {
        Mayor e = find(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        MayorMapper.apply(in, e, validate(in));
        Preconditions.flushChecked(mayors::flush);
        return view(e);
    }

    public void delete(String id) {
        Mayor e = find(id);
        long attending = attendees.countByMayor(e.id);
        if (attending > 0) {
            throw ApiProblem.conflict(e.fullName + " is listed as attending " + attending
                    + " event(s); remove them from those events' attendees first.");
        }
        long heading = registrations.countHeadedBy(e.id);
        if (heading > 0) {
            throw ApiProblem.conflict(e.fullName + " heads " + heading + " delegation registration(s); they keep the record.");
        }
        mayors.delete(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Mayor> findReference(String id) {
        return Ids.parse(id).flatMap(mayors::findByIdOptional);
    }

    private Mayor find(String id) {
        return findReference(id).orElseThrow(() -> ApiProblem.notFound("mayor", id));
    }

    /** Returns the id of the mayor's city once every rule holds. */
    private UUID validate(io.mayorsdialogue.api.model.Mayor in) {
        Optional<City> city = cities.findReference(in.getCityId());
        new Violations()
                .check(!in.getFullName().isBlank(), "fullName", "must not be blank")
                .check(!in.getTitle().isBlank(), "title", "must not be blank")
                .check(city.isPresent(), "cityId", "names no city ('" + in.getCityId() + "')")
                .check(in.getTermStart() == null || in.getTermEnd() == null || !in.getTermEnd().isBefore(in.getTermStart()),
                        "termEnd", "must not be before termStart")
                .throwIfAny();
        return city.get().id;
    }

    private static Versioned<io.mayorsdialogue.api.model.Mayor> view(Mayor e) {
        return new Versioned<>(MayorMapper.toApi(e), e.version);
    }
}
