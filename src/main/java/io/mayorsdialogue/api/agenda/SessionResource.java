package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.generated.AgendaApi;
import io.mayorsdialogue.api.model.SessionDto;
import io.mayorsdialogue.api.model.SessionListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

@RecordsIdempotentAnswers
public class SessionResource implements AgendaApi {

    private final SessionService service;

    @Context
    HttpServerRequest request;

    @Context
    HttpHeaders headers;

    SessionResource(SessionService service) {
        this.service = service;
    }

    @Override
    public Response listSessions(String id, Integer limit, String cursor, String topicId, String room, String mayorId, LocalDate day) {
        if (Responses.prefers(headers, Responses.CSV)) {
            return Responses.csv(service.csv(id, topicId, room, mayorId, day), "sessions-" + id + ".csv");
        }
        var page = service.list(id, topicId, room, mayorId, day, PageRequest.of(limit, cursor));
        return Responses.list(request, new SessionListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createSession(String id, SessionDto session, String idempotencyKey) {
        var created = service.create(id, session);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response getSession(String id, String sessionId, String ifNoneMatch) {
        return Responses.conditional(service.get(id, sessionId), ifNoneMatch);
    }

    @Override
    public Response replaceSession(String id, String sessionId, SessionDto session, String ifMatch) {
        return Responses.ok(service.replace(id, sessionId, session, ifMatch));
    }

    @Override
    public Response deleteSession(String id, String sessionId, String ifMatch) {
        service.delete(id, sessionId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    public Response getSessionInterpretation(String id, String sessionId) {
        return Response.ok(service.interpretation(id, sessionId), jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
    }
}
