package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.RegistrationDto;
import io.mayorsdialogue.api.model.RegistrationListDto;
import io.mayorsdialogue.api.model.RegistrationStatusDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.versioning.Versioned;
import io.mayorsdialogue.api.generated.RegistrationsApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class RegistrationResource implements RegistrationsApi {

    private final RegistrationService service;

    @Context
    HttpServerRequest request;

    @Context
    HttpHeaders headers;

    RegistrationResource(RegistrationService service) {
        this.service = service;
    }

    @Override
    public Response listRegistrations(String id, Integer limit, String cursor, RegistrationStatusDto status, String country) {
        if (Responses.prefers(headers, Responses.CSV)) {
            return Responses.csv(service.csv(id, status, country), "delegates-" + id + ".csv");
        }
        var page = service.list(id, status, country, PageRequest.of(limit, cursor));
        return Responses.list(request, new RegistrationListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createRegistration(String id, RegistrationDto registration, String idempotencyKey) {
        Versioned<RegistrationDto> created = service.create(id, registration);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response getRegistration(String id, String registrationId, String ifNoneMatch) {
        return Responses.conditional(service.get(id, registrationId), ifNoneMatch);
    }

    @Override
    public Response replaceRegistration(String id, String registrationId, String ifMatch, RegistrationDto registration) {
        return ok(service.replace(id, registrationId, ifMatch, registration));
    }

    @Override
    public Response approveRegistration(String id, String registrationId) {
        return ok(service.approve(id, registrationId));
    }

    @Override
    public Response rejectRegistration(String id, String registrationId) {
        return ok(service.reject(id, registrationId));
    }

    @Override
    public Response cancelRegistration(String id, String registrationId) {
        return ok(service.cancel(id, registrationId));
    }

    @Override
    public Response checkInRegistration(String id, String registrationId) {
        return ok(service.checkIn(id, registrationId));
    }

    private static Response ok(Versioned<RegistrationDto> r) {
        return Responses.ok(r);
    }
}
