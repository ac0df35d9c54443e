package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.PartnersApi;
import io.mayorsdialogue.api.model.Partner;
import io.mayorsdialogue.api.model.PartnerList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class PartnerResource implements PartnersApi {

    private final PartnerService service;

    @Context
    UriInfo uri;

    PartnerResource(PartnerService service) {
        this.service = service;
    }

    @Override
    public Response listPartners(Integer limit, String cursor, String cityId) {
        var page = service.list(cityId, PageRequest.of(limit, cursor));
        return Rest.list(uri, new PartnerList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createPartner(Partner partner, String idempotencyKey) {
        Partner created = service.create(partner);
        return Rest.created(uri, created.getId(), created);
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
