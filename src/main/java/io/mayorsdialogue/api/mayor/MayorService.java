package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.model.MayorDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
@Transactional
public class MayorService {

    private final MayorRepository mayors;
    private final CityService cities;

    MayorService(MayorRepository mayors, CityService cities) {
        this.mayors = mayors;
        this.cities = cities;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MayorDto> list(String cityId, String country, String q, String sort, PageRequest page) {
        SortOrder<MayorRow> order = SortOrder.choose(sort, MayorRepository.BY_FULL_NAME);
        Optional<UUID> city = Ids.parse(cityId);
        if (cityId != null && city.isEmpty()) {
            return Page.empty(); // an id that cannot exist filters everything out
        }
        var filter = new MayorRepository.Filter(city.orElse(null), cities.idsInCountry(country), q);
        return Page.of(mayors.page(filter, order, page), page, m -> order.cursorAfter(m, m.id().toString()), MayorMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<MayorDto> get(String id) {
        return view(find(id));
    }

    public Versioned<MayorDto> create(MayorDto in) {
        Mayor e = new Mayor();
        e.id = Ids.newId();
        MayorMapper.apply(in, e, validate(in));
        mayors.persistAndFlush(e);
        return view(e);
    }

    public Versioned<MayorDto> replace(String id, MayorDto in, String ifMatch) {
        Mayor e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        MayorMapper.apply(in, e, validate(in));
        ConditionalRequests.flushChecked(mayors::flush);
        return view(e);
    }

    /**
     * A mayor listed as attending an event, or heading a delegation, is refused by the database's foreign keys
     * (409 naming which, see web.DatabaseConstraints).
     */
    public void delete(String id, String ifMatch) {
        Mayor e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        mayors.delete(e);
        ConditionalRequests.flushChecked(mayors::flush);
    }

    /** The mayor with this id, if any; callers report a miss under their own field name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Mayor> findById(String id) {
        return Ids.parse(id).flatMap(mayors::findByIdOptional);
    }

    /** Several mayors in one query, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Mayor> byIds(Collection<UUID> ids) {
        return mayors.byIds(ids).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    /** Which of these mayors the subquery (another feature's selection, e.g. those attending an event) selects. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> idsAmong(Collection<UUID> ids, Subquery within) {
        return new HashSet<>(mayors.idsAmong(ids, within));
    }

    /** The ids of the mayors of a country's cities as a subquery, for other features' {@code country=} filters; null for no filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subquery idsInCountry(String countryCode) {
        return MayorRepository.idsIn(cities.idsInCountry(countryCode));
    }

    /** The ids of one city's mayors as a subquery, for filters such as "meetings that involve my city". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subquery idsInCity(UUID cityId) {
        return MayorRepository.idsInCity(cityId);
    }

    private Mayor find(String id) {
        return findById(id).orElseThrow(() -> ApiProblem.notFound("mayor", id));
    }

    /** Returns the id of the mayor's city once every rule holds. */
    private UUID validate(MayorDto in) {
        Optional<City> city = cities.findById(in.getCityId());
        Violations v = new Violations()
                .check(!in.getFullName().isBlank(), "fullName", "must not be blank")
                .check(!in.getTitle().isBlank(), "title", "must not be blank")
                .check(city.isPresent(), "cityId", "names no city ('" + in.getCityId() + "')")
                .check(in.getTermStart() == null || in.getTermEnd() == null || !in.getTermEnd().isBefore(in.getTermStart()),
                        "termEnd", "must not be before termStart");
        Languages.checkTags(in.getLanguages(), "languages", v);
        v.throwIfAny();
        return city.get().id;
    }

    private static Versioned<MayorDto> view(Mayor e) {
        return new Versioned<>(MayorMapper.toApi(e), e.version);
    }
}
