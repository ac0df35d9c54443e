package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.model.AttendeeListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.AttendeesApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

public class AttendeeResource implements AttendeesApi {

    private final AttendeeService service;

    @Context
    HttpServerRequest request;

    AttendeeResource(AttendeeService service) {
        this.service = service;
    }

    @Override
    public Response listAttendees(String id, Integer limit, String cursor, String country) {
        var page = service.list(id, country, PageRequest.of(limit, cursor));
        return Responses.list(request, new AttendeeListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response addAttendee(String id, String mayorId) {
        service.add(id, mayorId);
        return Response.noContent().build();
    }

    @Override
    public Response removeAttendee(String id, String mayorId) {
        service.remove(id, mayorId);
        return Response.noContent().build();
    }
}
