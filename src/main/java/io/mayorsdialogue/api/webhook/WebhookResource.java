package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.generated.WebhooksApi;
import io.mayorsdialogue.api.model.WebhookDeliveryListDto;
import io.mayorsdialogue.api.model.WebhookDto;
import io.mayorsdialogue.api.model.WebhookListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class WebhookResource implements WebhooksApi {

    private final WebhookService service;

    @Context
    HttpServerRequest request;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @Override
    public Response listWebhooks(Integer limit, String cursor) {
        var page = service.list(PageRequest.of(limit, cursor));
        return Responses.list(request, new WebhookListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createWebhook(WebhookDto webhook, String idempotencyKey) {
        WebhookDto created = service.create(webhook);
        return Response.fromResponse(Responses.created(request, created.getId(), created)).header("Cache-Control", "no-store").build();
    }

    @Override
    public Response getWebhook(String id) {
        return Response.ok(service.get(id), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response deleteWebhook(String id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @Override
    public Response listWebhookDeliveries(String id, Integer limit, String cursor) {
        var page = service.deliveries(id, PageRequest.of(limit, cursor));
        return Responses.list(request, new WebhookDeliveryListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response pingWebhook(String id) {
        return Response.accepted(service.ping(id)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
