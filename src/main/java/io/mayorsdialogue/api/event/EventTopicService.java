package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.topic.Topic;
import io.mayorsdialogue.api.topic.TopicService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
@Transactional
public class EventTopicService {

    private final EventService events;
    private final TopicService topics;
    private final EventTopicRepository links;

    EventTopicService(EventService events, TopicService topics, EventTopicRepository links) {
        this.events = events;
        this.topics = topics;
        this.links = links;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicDto> list(String eventId, PageRequest page) {
        Event event = events.find(eventId);
        return topics.pageOf(EventTopicRepository.topicIdsOf(event.id), page);
    }

    public void link(String eventId, String topicId) {
        Event event = events.lock(eventId);
        Topic topic = topics.findById(topicId).orElseThrow(() -> ApiProblem.notFound("topic", topicId));
        if (links.findByIdOptional(new EventTopic.Key(event.id, topic.id)).isEmpty()) {
            links.persist(EventTopic.of(event.id, topic.id));
            events.newVersion(event);
        }
    }

    public void unlink(String eventId, String topicId) {
        Event event = events.lock(eventId);
        Topic topic = topics.findById(topicId).orElseThrow(() -> ApiProblem.notFound("topic", topicId));
        if (!links.deleteById(new EventTopic.Key(event.id, topic.id))) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "Topic '" + topic.title + "' is not on this event's agenda.");
        }
        // sessions and live meetings on that topic keep it on the agenda: refused (409) as a replacement dropping it is
        events.announceTopicsChanged(event);
        events.newVersion(event);
    }
}
