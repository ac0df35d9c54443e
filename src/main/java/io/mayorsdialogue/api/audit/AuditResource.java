package io.mayorsdialogue.api.audit;

import io.mayorsdialogue.api.generated.AuditApi;
import io.mayorsdialogue.api.model.AuditEntryListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;

public class AuditResource implements AuditApi {

    private final AuditService service;

    @Context
    HttpServerRequest request;

    AuditResource(AuditService service) {
        this.service = service;
    }

    @Override
    public Response listAuditEntries(Integer limit, String cursor, String resourceType, String resourceId, String actor,
            OffsetDateTime from, OffsetDateTime to) {
        var page = service.list(resourceType, resourceId, actor, from, to, PageRequest.of(limit, cursor));
        return Responses.list(request, new AuditEntryListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response getRegistrationHistory(String id, String registrationId, Integer limit, String cursor) {
        var page = service.registrationHistory(id, registrationId, PageRequest.of(limit, cursor));
        return Responses.list(request, new AuditEntryListDto().items(page.items()).next(page.next()), page.next());
    }
}
