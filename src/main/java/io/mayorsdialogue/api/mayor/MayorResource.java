package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.MayorsApi;
import io.mayorsdialogue.api.model.Mayor;
import io.mayorsdialogue.api.model.MayorList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class MayorResource implements MayorsApi {

    private final MayorService service;

    @Context
    UriInfo uri;

    MayorResource(MayorService service) {
        this.service = service;
    }

    @Override
    public Response listMayors(Integer limit, String cursor, String q, String sort, String cityId, String country) {
        var page = service.list(cityId, country, q, sort, PageRequest.of(limit, cursor));
        return Rest.list(uri, new MayorList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createMayor(Mayor mayor, String idempotencyKey) {
        var created = service.create(mayor);
        return Rest.created(uri, created.body().getId(), created);
    }

    @Override
    public Response getMayor(String id, String ifNoneMatch) {
        return Rest.conditional(service.get(id), ifNoneMatch);
    }

    @Override
    public Response replaceMayor(String id, Mayor mayor, String ifMatch) {
        return Rest.ok(service.replace(id, mayor, ifMatch));
    }

    @Override
    public Response deleteMayor(String id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
