package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.model.CountryDto;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import io.mayorsdialogue.api.problem.Violations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Set;

@Singleton
@Transactional
public class CountryService {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private final CountryRepository countries;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CountryDto> list(String q, String sort, PageRequest page) {
        SortOrder<Country> order = SortOrder.choose(sort, CountryRepository.BY_CODE, CountryRepository.BY_NAME);
        return Page.of(countries.page(q, order, page), page, c -> order.cursorAfter(c, c.code), CountryMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<CountryDto> get(String code) {
        return view(find(code));
    }

    public Versioned<CountryDto> create(CountryDto in) {
        String code = in.getCode();
        validate(in, code);
        if (countries.findByIdOptional(code).isPresent()) {
            throw ApiProblem.conflict("Country '" + code + "' already exists.");
        }
        Country e = new Country();
        e.code = code;
        CountryMapper.apply(in, e);
        countries.persistAndFlush(e);
        return view(e);
    }

    public Versioned<CountryDto> replace(String code, CountryDto in, String ifMatch) {
        Country e = find(code);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        new Violations().check(in.getCode() == null || in.getCode().equals(e.code), "code",
                "must equal the code in the path ('" + e.code + "'); a country's code cannot change").throwIfAny();
        validate(in, e.code);
        CountryMapper.apply(in, e);
        ConditionalRequests.flushChecked(countries::flush);
        return view(e);
    }

    /** A country that still has cities is refused by the database's foreign key (409, see web.DatabaseConstraints). */
    public void delete(String code, String ifMatch) {
        Country e = find(code);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        countries.delete(e);
        ConditionalRequests.flushChecked(countries::flush);
    }

    /** The names of these countries, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> names(java.util.Collection<String> codes) {
        return codes.isEmpty() ? java.util.Map.of() : countries.list("code in ?1", java.util.Set.copyOf(codes)).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.code, c -> c.name));
    }

    /** Whether the catalogue has this country (references to it are checked by the features that make them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return code != null && countries.findByIdOptional(code).isPresent();
    }

    private Country find(String code) {
        String normalised = code == null ? "" : code.toUpperCase(Locale.ROOT);
        return countries.findByIdOptional(normalised).orElseThrow(() -> ApiProblem.notFound("country", code));
    }

    private void validate(CountryDto in, String code) {
        Violations v = new Violations()
                .check(ISO_CODES.contains(code), "code", "is not an ISO 3166-1 alpha-2 country code")
                .check(!in.getName().isBlank(), "name", "must not be blank")
                .check(in.getRegion() == null || !in.getRegion().isBlank(), "region", "must not be blank when given");
        Languages.check(in.getNames(), "names", v);
        v.throwIfAny();
        if (countries.nameTakenByOther(in.getName().strip(), code)) {
            throw ApiProblem.conflict("Another country is already named '" + in.getName().strip() + "'.");
        }
    }

    private static Versioned<CountryDto> view(Country e) {
        return new Versioned<>(CountryMapper.toApi(e), e.version);
    }
}
