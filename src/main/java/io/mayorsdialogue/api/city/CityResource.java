package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.AdminLevelDto;
import io.mayorsdialogue.api.model.CityDto;
import io.mayorsdialogue.api.model.CityListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.CitiesApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class CityResource implements CitiesApi {

    private final CityService service;

    @Context
    HttpServerRequest request;

    CityResource(CityService service) {
        this.service = service;
    }

    @Override
    public Response listCities(String lang, Integer limit, String cursor, String q, String sort, String country, AdminLevelDto adminLevel) {
        var page = service.list(country, adminLevel, q, sort, PageRequest.of(limit, cursor));
        return Responses.list(request, new CityListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createCity(CityDto city, String idempotencyKey) {
        var created = service.create(city);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response getCity(String id, String lang, String ifNoneMatch) {
        // the answer depends on the display language: i18n.DisplayLanguageFilter tags it and decides on a 304
        return Responses.ok(service.get(id));
    }

    @Override
    public Response replaceCity(String id, CityDto city, String ifMatch) {
        return Responses.ok(service.replace(id, city, ifMatch));
    }

    @Override
    public Response deleteCity(String id, String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
