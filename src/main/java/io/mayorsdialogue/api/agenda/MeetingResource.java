package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.generated.MeetingsApi;
import io.mayorsdialogue.api.model.MeetingDto;
import io.mayorsdialogue.api.model.MeetingListDto;
import io.mayorsdialogue.api.model.MeetingStatusDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class MeetingResource implements MeetingsApi {

    private static final int DEFAULT_MINUTES = 30;

    private final MeetingService service;

    @Context
    HttpServerRequest request;

    @Context
    HttpHeaders headers;

    MeetingResource(MeetingService service) {
        this.service = service;
    }

    @Override
    public Response listMeetings(String id, Integer limit, String cursor, MeetingStatusDto status, String mayorId) {
        if (Responses.prefers(headers, Responses.CSV)) {
            return Responses.csv(service.csv(id, status, mayorId), "meetings-" + id + ".csv");
        }
        var page = service.list(id, status, mayorId, PageRequest.of(limit, cursor));
        return Responses.list(request, new MeetingListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response requestMeeting(String id, MeetingDto meeting, String idempotencyKey) {
        var created = service.request(id, meeting);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response suggestMeetingSlots(String id, String mayorA, String mayorB, Integer minutes) {
        return Response.ok(service.suggestions(id, mayorA, mayorB, minutes == null ? DEFAULT_MINUTES : minutes),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response getMeeting(String id, String meetingId, String ifNoneMatch) {
        return Responses.conditional(service.get(id, meetingId), ifNoneMatch);
    }

    @Override
    public Response acceptMeeting(String id, String meetingId) {
        return Responses.ok(service.accept(id, meetingId));
    }

    @Override
    public Response declineMeeting(String id, String meetingId) {
        return Responses.ok(service.decline(id, meetingId));
    }

    @Override
    public Response cancelMeeting(String id, String meetingId) {
        return Responses.ok(service.cancel(id, meetingId));
    }
}
