package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.model.TopicListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.TopicsApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

@RecordsIdempotentAnswers
public class TopicResource implements TopicsApi {

    private final TopicService service;

    @Context
    HttpServerRequest request;

    TopicResource(TopicService service) {
        this.service = service;
    }

    @Override
    public Response listTopics(String lang, Integer limit, String cursor, String q, String sort) {
        var page = service.list(q, sort, PageRequest.of(limit, cursor));
        return Responses.list(request, new TopicListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createTopic(TopicDto topic, String idempotencyKey) {
        var created = service.create(topic);
        return Responses.created(request, created.body().getId(), created);
    }

    @Override
    public Response getTopic(String id, String lang, String ifNoneMatch) {
        // the answer depends on the display language: i18n.DisplayLanguageFilter tags it and decides on a 304
        return Responses.ok(service.get(id));
    }

    @Override
    public Response replaceTopic(String id, TopicDto topic, String ifMatch) {
        return Responses.ok(service.replace(id, topic, ifMatch));
    }

    @Override
    public Response deleteTopic(String id, String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
