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
    public Response listCities(Integer limit, String cursor, String country, AdminLevel adminLevel) {
        var page = service.list(country, adminLevel, PageRequest.of(limit, cursor));
        return Rest.list(uri, new CityList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createCity(City city, String idempotencyKey) {
        City created = service.create(city);
        return Rest.created(uri, created.getId(), created);
    }

    @Override
    public Response getCity(String id) {
        return Response.ok(service.get(id)).build();
    }

    @Override
    public Response replaceCity(String id, City city) {
        return Response.ok(service.replace(id, city)).build();
    }

    @Override
    public Response deleteCity(String id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
