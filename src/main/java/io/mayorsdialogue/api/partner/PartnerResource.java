package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.PartnerDto;
import io.mayorsdialogue.api.model.PartnerListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.PartnersApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class PartnerResource implements PartnersApi {

    private final PartnerService service;

    @Context
    HttpServerRequest request;

    PartnerResource(PartnerService service) {
        this.service = service;
    }

    @Override
    public Response listPartners(Integer limit, String cursor, String cityId) {
        var page = service.list(cityId, PageRequest.of(limit, cursor));
        return Responses.list(request, new PartnerListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createPartner(PartnerDto partner, String idempotencyKey) {
        PartnerDto created = service.create(partner);
        return Responses.created(request, created.getId(), created);
    }

    @Override
    public Response getPartner(String id) {
        return Response.ok(service.get(id)).build();
    }

    @Override
    public Response revokePartner(String id) {
        service.revoke(id);
        return Response.noContent().build();
    }
}
