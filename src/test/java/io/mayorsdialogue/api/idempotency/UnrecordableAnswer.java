package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.model.TopicDto;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Test only: the answer to a topic titled "Unrecordable …" cannot be kept for replays, as if the database refused
 * the recording. Lets IdempotencyTest see that a change and its recorded answer commit together.
 */
@ApplicationScoped
class UnrecordableAnswer implements ReplayRedaction {

    static final String TITLE_PREFIX = "Unrecordable ";

    @Override
    public Object redact(Object entity) {
        if (entity instanceof TopicDto topic && topic.getTitle().startsWith(TITLE_PREFIX)) {
            throw new IllegalStateException("the answer cannot be recorded");
        }
        return entity;
    }
}
