package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.EventTopicsApi;
import io.mayorsdialogue.api.model.TopicList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class EventTopicResource implements EventTopicsApi {

    private final EventTopicService service;

    @Context
    UriInfo uri;

    EventTopicResource(EventTopicService service) {
        this.service = service;
    }

    @Override
    public Response listEventTopics(String id, String lang, Integer limit, String cursor) {
        var page = service.list(id, PageRequest.of(limit, cursor));
        return Rest.list(uri, new TopicList().items(page.items()).next(page.next()), page.next());
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
