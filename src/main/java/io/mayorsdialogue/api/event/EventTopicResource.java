package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.model.TopicListDto;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.web.Responses;
import io.mayorsdialogue.api.generated.EventTopicsApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

public class EventTopicResource implements EventTopicsApi {

    private final EventTopicService service;

    @Context
    HttpServerRequest request;

    EventTopicResource(EventTopicService service) {
        this.service = service;
    }

    @Override
    public Response listEventTopics(String id, String lang, Integer limit, String cursor) {
        var page = service.list(id, PageRequest.of(limit, cursor));
        return Responses.list(request, new TopicListDto().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response linkEventTopic(String id, String topicId) {
        service.link(id, topicId);
        return Response.noContent().build();
    }

    @Override
    public Response unlinkEventTopic(String id, String topicId) {
        service.unlink(id, topicId);
        return Response.noContent().build();
    }
}
