package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.Languages;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Preconditions;
import io.mayorsdialogue.api.common.Versioned;
import io.mayorsdialogue.api.common.Violations;
import io.mayorsdialogue.api.city.CityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Set;

@ApplicationScoped
@Transactional
public class CountryService {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private final CountryRepository countries;
    private final CityRepository cities;

    CountryService(CountryRepository countries, CityRepository cities) {
        this.countries = countries;
        this.cities = cities;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.Country> list(String q, String sort, PageRequest page) {
        SortOrder<Country> order = SortOrder.choose(sort, CountryRepository.BY_CODE, CountryRepository.BY_NAME);
        return Page.of(countries.page(q, order, page), page, c -> order.cursorAfter(c, c.code), CountryMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<io.mayorsdialogue.api.model.Country> get(String code) {
        return view(find(code));
    }

    public Versioned<io.mayorsdialogue.api.model.Country> create(io.mayorsdialogue.api.model.Country in) {
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

    public Versioned<io.mayorsdialogue.api.model.Country> replace(String code, io.mayorsdialogue.api.model.Country in, String ifMatch) {
        Country e = find(code);
        Preconditions.checkIfMatch(ifMatch, e.version);
        new Violations().check(in.getCode() == null || in.getCode().equals(e.code), "code",
                "must equal the code in the path ('" + e.code + "'); a country's code cannot change").throwIfAny();
        validate(in, e.code);
        CountryMapper.apply(in, e);
        Preconditions.flushChecked(countries::flush);
        return view(e);
    }

    public void delete(String code) {
        Country e = find(code);
        long using = cities.countByCountry(e.code);
        if (using > 0) {
            throw ApiProblem.conflict("Country '" + e.code + "' still has " + using + (using == 1 ? " city" : " cities")
                    + "; delete or move them first.");
        }
        countries.delete(e);
    }

    private Country find(String code) {
        String normalised = code == null ? "" : code.toUpperCase(Locale.ROOT);
        return countries.findByIdOptional(normalised).orElseThrow(() -> ApiProblem.notFound("country", code));
    }

    private void validate(io.mayorsdialogue.api.model.Country in, String code) {
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

    private static Versioned<io.mayorsdialogue.api.model.Country> view(Country e) {
        return new Versioned<>(CountryMapper.toApi(e), e.version);
    }
}
