package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Ids;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.Languages;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Preconditions;
import io.mayorsdialogue.api.common.Versioned;
import io.mayorsdialogue.api.common.Violations;
import io.mayorsdialogue.api.event.EventTopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class TopicService {

    private final TopicRepository topics;
    private final EventTopicRepository eventTopics;

    TopicService(TopicRepository topics, EventTopicRepository eventTopics) {
        this.topics = topics;
        this.eventTopics = eventTopics;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.Topic> list(String q, String sort, PageRequest page) {
        SortOrder<Topic> order = SortOrder.choose(sort, TopicRepository.BY_TITLE);
        return Page.of(topics.page(q, order, page), page, t -> order.cursorAfter(t, t.id.toString()), TopicMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<io.mayorsdialogue.api.model.Topic> get(String id) {
        return view(find(id));
    }

    public Versioned<io.mayorsdialogue.api.model.Topic> create(io.mayorsdialogue.api.model.Topic in) {
        Topic e = new Topic();
        e.id = UUID.randomUUID();
        validate(in, e.id);
        TopicMapper.apply(in, e);
        topics.persistAndFlush(e);
        return view(e);
    }

    public Versioned<io.mayorsdialogue.api.model.Topic> replace(String id, io.mayorsdialogue.api.model.Topic in, String ifMatch) {
        Topic e = find(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        validate(in, e.id);
        TopicMapper.apply(in, e);
        Preconditions.flushChecked(topics::flush);
        return view(e);
    }

    public void delete(String id) {
        Topic e = find(id);
        long events = eventTopics.countByTopic(e.id);
        if (events > 0) {
            throw ApiProblem.conflict("Topic '" + e.title + "' is on the agenda of " + events
                    + " event(s); remove it from those events first.");
        }
        topics.delete(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Topic> findReference(String id) {
        return Ids.parse(id).flatMap(topics::findByIdOptional);
    }

    private Topic find(String id) {
        return findReference(id).orElseThrow(() -> ApiProblem.notFound("topic", id));
    }

    private void validate(io.mayorsdialogue.api.model.Topic in, UUID id) {
        Violations v = new Violations().check(!in.getTitle().isBlank(), "title", "must not be blank");
        Languages.check(in.getTitles(), "titles", v);
        v.throwIfAny();
        if (topics.titleTakenByOther(in.getTitle().strip(), id)) {
            throw ApiProblem.conflict("A topic titled '" + in.getTitle().strip() + "' already exists.");
        }
    }

    private static Versioned<io.mayorsdialogue.api.model.Topic> view(Topic e) {
        return new Versioned<>(TopicMapper.toApi(e), e.version);
    }
}
