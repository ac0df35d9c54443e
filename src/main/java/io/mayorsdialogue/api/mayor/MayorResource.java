package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.MayorDto;
import io.mayorsdialogue.api.model.MayorListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.MayorsApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class MayorResource implements MayorsApi {

    private final MayorService service;

    @Context
    HttpServerRequest request;

    MayorResource(MayorService service) {
        this.service = service;
    }

    @Override
    public Response listMayors(Integer limit, String cursor, String q, String sort, String cityId, String country) {
        var page = service.list(cityId, country, q, sort, PageRequest.of(limit, cursor));
        return Responses.list(request, new MayorListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createMayor(MayorDto mayor, String idempotencyKey) {
        var created = service.create(mayor);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response getMayor(String id, String ifNoneMatch) {
        return Responses.conditional(service.get(id), ifNoneMatch);
    }

    @Override
    public Response replaceMayor(String id, MayorDto mayor, String ifMatch) {
        return Responses.ok(service.replace(id, mayor, ifMatch));
    }

    @Override
    public Response deleteMayor(String id, String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
