package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.EventDto;
import io.mayorsdialogue.api.model.EventStatusDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.KeptAnswersList;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.EventsApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;

@RecordsIdempotentAnswers
public class EventResource implements EventsApi {

    private final EventService service;

    @Context
    HttpServerRequest request;

    EventResource(EventService service) {
        this.service = service;
    }

    @Override
    public Response listEvents(Integer limit, String cursor, String q, String sort, String country, String topicId,
            OffsetDateTime from, OffsetDateTime to, EventStatusDto status, String hostCityId) {
        var page = service.list(status, hostCityId, country, topicId, from, to, q, sort, PageRequest.of(limit, cursor));
        return Responses.list(request, new KeptAnswersList(page.items(), page.next()), page.next());
    }

    @Override
    public Response createEvent(EventDto event, String idempotencyKey) {
        var created = service.create(event);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response getEvent(String id, String ifNoneMatch) {
        return Responses.conditional(service.get(id), ifNoneMatch);
    }

    @Override
    public Response replaceEvent(String id, EventDto event, String ifMatch) {
        return Responses.ok(service.replace(id, event, ifMatch));
    }

    @Override
    public Response deleteEvent(String id, String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
