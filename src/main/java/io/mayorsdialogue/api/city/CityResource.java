package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.CitiesApi;
import io.mayorsdialogue.api.model.AdminLevel;
import io.mayorsdialogue.api.model.City;
import io.mayorsdialogue.api.model.CityList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class CityResource implements CitiesApi {

    private final CityService service;

    @Context
    UriInfo uri;

    CityResource(CityService service) {
        this.service = service;
    }

    @Override
    public Response listCities(String lang, Integer limit, String cursor, String q, String sort, String country, AdminLevel adminLevel) {
        var page = service.list(country, adminLevel, q, sort, PageRequest.of(limit, cursor));
        return Rest.list(uri, new CityList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createCity(City city, String idempotencyKey) {
        var created = service.create(city);
        return Rest.created(uri, created.body().getId(), created);
    }

    @Override
    public Response getCity(String id, String lang, String ifNoneMatch) {
        return Rest.conditional(service.get(id), ifNoneMatch);
    }

    @Override
    public Response replaceCity(String id, City city, String ifMatch) {
        return Rest.ok(service.replace(id, city, ifMatch));
    }

    @Override
    public Response deleteCity(String id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
