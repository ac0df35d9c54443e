package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.model.TopicDto;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Test only: while the answer to a topic titled "Overtaken {key}" is being recorded, an instance of the previous
 * release claims that key (committed, as it did). Lets IdempotencyTest see what the recording does then.
 */
@ApplicationScoped
class OvertakenAnswer implements ReplayRedaction {

    static final String TITLE_PREFIX = "Overtaken ";

    private final EntityManager em;

    OvertakenAnswer(EntityManager em) {
        this.em = em;
    }

    @Override
    public Object redact(Object entity) {
        if (entity instanceof TopicDto topic && topic.getTitle().startsWith(TITLE_PREFIX)) {
            String key = topic.getTitle().substring(TITLE_PREFIX.length());
            QuarkusTransaction.requiringNew().run(() ->
                    IdempotencyTest.claimAsThePreviousRelease(em, "organiser", key, "the previous release's request"));
        }
        return entity;
    }
}
