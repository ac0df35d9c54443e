package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Rest;
import io.mayorsdialogue.api.generated.TopicsApi;
import io.mayorsdialogue.api.model.Topic;
import io.mayorsdialogue.api.model.TopicList;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

public class TopicResource implements TopicsApi {

    private final TopicService service;

    @Context
    UriInfo uri;

    TopicResource(TopicService service) {
        this.service = service;
    }

    @Override
    public Response listTopics(String lang, Integer limit, String cursor, String q, String sort) {
        var page = service.list(q, sort, PageRequest.of(limit, cursor));
        return Rest.list(uri, new TopicList().items(page.items()).next(page.next()), page.next());
    }

    @Override
    public Response createTopic(Topic topic, String idempotencyKey) {
        var created = service.create(topic);
        return Rest.created(uri, created.body().getId(), created);
    }

    @Override
    public Response getTopic(String id, String lang, String ifNoneMatch) {
        return Rest.conditional(service.get(id), ifNoneMatch);
    }

    @Override
    public Response replaceTopic(String id, Topic topic, String ifMatch) {
        return Rest.ok(service.replace(id, topic, ifMatch));
    }

    @Override
    public Response deleteTopic(String id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
