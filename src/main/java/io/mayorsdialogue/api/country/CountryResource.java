package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.CountriesApi;
import io.mayorsdialogue.api.model.Country;
import io.mayorsdialogue.api.model.CountryList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class CountryResource implements CountriesApi {

    private final CountryService service;

    @Context
    UriInfo uri;

    CountryResource(CountryService service) {
        this.service = service;
    }

    @Override
    public Response listCountries(String lang, Integer limit, String cursor, String q, String sort) {
        var page = service.list(q, sort, PageRequest.of(limit, cursor));
        return Rest.list(uri, new CountryList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createCountry(Country country, String idempotencyKey) {
        var created = service.create(country);
        return Rest.created(uri, created.body().getCode(), created);
    }

    @Override
    public Response getCountry(String code, String lang, String ifNoneMatch) {
        return Rest.conditional(service.get(code), ifNoneMatch);
    }

    @Override
    public Response replaceCountry(String code, Country country, String ifMatch) {
        return Rest.ok(service.replace(code, country, ifMatch));
    }

    @Override
    public Response deleteCountry(String code) {
        service.delete(code);
        return Response.noContent().build();
    }
}
