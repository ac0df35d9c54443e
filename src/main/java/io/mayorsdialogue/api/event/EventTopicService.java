package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.topic.Topic;
import io.mayorsdialogue.api.topic.TopicMapper;
import io.mayorsdialogue.api.topic.TopicRepository;
import io.mayorsdialogue.api.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
@Transactional
public class EventTopicService {

    private final EventService events;
    private final TopicService topicService;
    private final TopicRepository topics;
    private final EventTopicRepository links;

    EventTopicService(EventService events, TopicService topicService, TopicRepository topics, EventTopicRepository links) {
        this.events = events;
        this.topicService = topicService;
        this.topics = topics;
        this.links = links;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.Topic> list(String eventId, PageRequest page) {
        Event event = events.find(eventId);
        return Page.of(topics.pageOfEvent(event.id, page), page, t -> new Cursor(t.title, t.id.toString()), TopicMapper::toApi);
    }

    public void link(String eventId, String topicId) {
        Event event = events.find(eventId);
        Topic topic = topicService.findReference(topicId).orElseThrow(() -> ApiProblem.notFound("topic", topicId));
        if (links.findByIdOptional(new EventTopic.Key(event.id, topic.id)).isEmpty()) {
            links.persist(EventTopic.of(event.id, topic.id));
        }
    }

    public void unlink(String eventId, String topicId) {
        Event event = events.find(eventId);
        Topic topic = topicService.findReference(topicId).orElseThrow(() -> ApiProblem.notFound("topic", topicId));
        if (!links.deleteById(new EventTopic.Key(event.id, topic.id))) {
            throw new ApiProblem(404, "not-found", "Resource not found",
                    "Topic '" + topic.title + "' is not on this event's agenda.", List.of());
        }
    }
}
