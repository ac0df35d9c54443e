package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.versioning.ConditionalRequests;
import io.mayorsdialogue.api.versioning.Versioned;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.paging.Subquery;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
@Transactional
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicDto> list(String q, String sort, PageRequest page) {
        SortOrder<Topic> order = SortOrder.choose(sort, TopicRepository.BY_TITLE);
        return Page.of(topics.page(q, null, order, page), page, t -> order.cursorAfter(t, t.id.toString()), TopicMapper::toApi);
    }

    /** The topics that {@code ids} selects (another feature's query, e.g. an event's agenda), by title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicDto> pageOf(Subquery ids, PageRequest page) {
        SortOrder<Topic> order = TopicRepository.BY_TITLE;
        return Page.of(topics.page(null, ids, order, page), page, t -> order.cursorAfter(t, t.id.toString()), TopicMapper::toApi);
    }

    /** Which of these ids name a topic. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> existing(Collection<UUID> ids) {
        return new HashSet<>(topics.existingIds(ids));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<TopicDto> get(String id) {
        return view(find(id));
    }

    public Versioned<TopicDto> create(TopicDto in) {
        Topic e = new Topic();
        e.id = Ids.newId();
        validate(in, e.id);
        TopicMapper.apply(in, e);
        topics.persistAndFlush(e);
        return view(e);
    }

    public Versioned<TopicDto> replace(String id, TopicDto in, String ifMatch) {
        Topic e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        validate(in, e.id);
        TopicMapper.apply(in, e);
        ConditionalRequests.flushChecked(topics::flush);
        return view(e);
    }

    /** A topic on an event's agenda is refused by the database's foreign key (409, see web.DatabaseConstraints). */
    public void delete(String id, String ifMatch) {
        Topic e = find(id);
        ConditionalRequests.checkIfMatch(ifMatch, e.version);
        topics.delete(e);
        ConditionalRequests.flushChecked(topics::flush);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Topic> findById(String id) {
        return Ids.parse(id).flatMap(topics::findByIdOptional);
    }

    private Topic find(String id) {
        return findById(id).orElseThrow(() -> ApiProblem.notFound("topic", id));
    }

    private void validate(TopicDto in, UUID id) {
        Violations v = new Violations().check(!in.getTitle().isBlank(), "title", "must not be blank");
        Languages.check(in.getTitles(), "titles", v);
        v.throwIfAny();
        if (topics.titleTakenByOther(in.getTitle().strip(), id)) {
            throw ApiProblem.conflict("A topic titled '" + in.getTitle().strip() + "' already exists.");
        }
    }

    private static Versioned<TopicDto> view(Topic e) {
        return new Versioned<>(TopicMapper.toApi(e), e.version);
    }
}
