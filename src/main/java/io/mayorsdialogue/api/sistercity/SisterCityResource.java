package io.mayorsdialogue.api.sistercity;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.LinkKindDto;
import io.mayorsdialogue.api.model.SisterCityDto;
import io.mayorsdialogue.api.model.SisterCityListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.SisterCitiesApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

@RecordsIdempotentAnswers
public class SisterCityResource implements SisterCitiesApi {

    static final MediaType GEO_JSON = MediaType.valueOf("application/geo+json");

    private final SisterCityService service;

    @Context
    HttpServerRequest request;

    @Context
    HttpHeaders headers;

    SisterCityResource(SisterCityService service) {
        this.service = service;
    }

    @Override
    public Response listSisterCities(String id, Integer limit, String cursor, LinkKindDto kind, String country, LocalDate from,
            LocalDate to, LocalDate establishedAfter, LocalDate establishedBefore) {
        var filter = SisterCityService.LinkFilter.of(kind, country, from, to, establishedAfter, establishedBefore);
        if (Responses.prefers(headers, GEO_JSON)) {
            return Response.ok(service.geoJson(id, filter), GEO_JSON).build();
        }
        var page = service.list(id, filter, PageRequest.of(limit, cursor));
        return Responses.list(request, new SisterCityListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response linkSisterCity(String id, SisterCityDto sisterCity, String idempotencyKey) {
        SisterCityDto created = service.link(id, sisterCity);
        return Responses.created(request, created.getPartnerCityId(), created);
    }

    @Override
    public Response getSisterCity(String id, String partnerCityId) {
        return Response.ok(service.get(id, partnerCityId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response unlinkSisterCity(String id, String partnerCityId) {
        service.unlink(id, partnerCityId);
        return Response.noContent().build();
    }

    @Override
    public Response getCityNetwork(String id, Integer depth) {
        return Response.ok(service.network(id, depth == null ? 2 : depth), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
