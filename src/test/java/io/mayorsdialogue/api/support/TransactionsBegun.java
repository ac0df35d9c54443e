package io.mayorsdialogue.api.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the transactions the service begins (tests only): Quarkus's transaction manager announces each one by
 * initialising the transaction scope.
 */
@ApplicationScoped
public class TransactionsBegun {

    private final AtomicLong count = new AtomicLong();

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        count.incrementAndGet();
    }

    public long count() {
        return count.get();
    }
}
