package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.EventsApi;
import io.mayorsdialogue.api.model.Event;
import io.mayorsdialogue.api.model.EventList;
import io.mayorsdialogue.api.model.EventStatus;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.OffsetDateTime;

public class EventResource implements EventsApi {

    private final EventService service;

    @Context
    UriInfo uri;

    EventResource(EventService service) {
        this.service = service;
    }

    @Override
    public Response listEvents(Integer limit, String cursor, String q, String sort, String country, String topicId,
            OffsetDateTime from, OffsetDateTime to, EventStatus status, String hostCityId) {
        var page = service.list(status, hostCityId, country, topicId, from, to, q, sort, PageRequest.of(limit, cursor));
        return Rest.list(uri, new EventList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createEvent(Event event, String idempotencyKey) {
        var created = service.create(event);
        return Rest.created(uri, created.body().getId(), created);
    }

    @Override
    public Response getEvent(String id, String ifNoneMatch) {
        return Rest.conditional(service.get(id), ifNoneMatch);
    }

    @Override
    public Response replaceEvent(String id, Event event, String ifMatch) {
        return Rest.ok(service.replace(id, event, ifMatch));
    }

    @Override
    public Response deleteEvent(String id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
