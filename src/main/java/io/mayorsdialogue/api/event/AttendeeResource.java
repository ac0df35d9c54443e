package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.AttendeesApi;
import io.mayorsdialogue.api.model.AttendeeList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class AttendeeResource implements AttendeesApi {

    private final AttendeeService service;

    @Context
    UriInfo uri;

    AttendeeResource(AttendeeService service) {
        this.service = service;
    }

    @Override
    public Response listAttendees(String id, Integer limit, String cursor, String country) {
        var page = service.list(id, country, PageRequest.of(limit, cursor));
        return Rest.list(uri, new AttendeeList().items(page.items()).next(page.next()), page.next());
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
