package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.CountryDto;
import io.mayorsdialogue.api.model.CountryListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.CountriesApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class CountryResource implements CountriesApi {

    private final CountryService service;

    @Context
    HttpServerRequest request;

    CountryResource(CountryService service) {
        this.service = service;
    }

    @Override
    public Response listCountries(String lang, Integer limit, String cursor, String q, String sort) {
        var page = service.list(q, sort, PageRequest.of(limit, cursor));
        return Responses.list(request, new CountryListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createCountry(CountryDto country, String idempotencyKey) {
        var created = service.create(country);
        return Responses.created(request, created.body().getCode(), created);
    }

    @Override
    public Response getCountry(String code, String lang, String ifNoneMatch) {
        // the answer depends on the display language: i18n.DisplayLanguageFilter tags it and decides on a 304
        return Responses.ok(service.get(code));
    }

    @Override
    public Response replaceCountry(String code, CountryDto country, String ifMatch) {
        return Responses.ok(service.replace(code, country, ifMatch));
    }

    @Override
    public Response deleteCountry(String code, String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
