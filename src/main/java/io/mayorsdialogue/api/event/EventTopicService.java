package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.topic.Topic;
import io.mayorsdialogue.api.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

@ApplicationScoped
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
            newVersion(event);
        }
    }

    public void unlink(String eventId, String topicId) {
        Event event = events.lock(eventId);
        Topic topic = topics.findById(topicId).orElseThrow(() -> ApiProblem.notFound("topic", topicId));
        if (!links.deleteById(new EventTopic.Key(event.id, topic.id))) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "Topic '" + topic.title + "' is not on this event's agenda.");
        }
        newVersion(event);
    }

    /**
     * The event shows its topic ids, so a change to them is a new version of the event: its ETag changes, and no
     * client or cache revalidating the old one is told it is still current. The event's row is locked first, so
     * two changes at once take turns rather than one failing on the version. (An optimistic increment would be
     * skipped: Hibernate ignores a lock weaker than the row lock the entity was read with.)
     */
    private void newVersion(Event event) {
        links.getEntityManager().lock(event, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
