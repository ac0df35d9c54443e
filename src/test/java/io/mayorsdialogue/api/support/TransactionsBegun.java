package io.mayorsdialogue.api.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the transactions the service begins while it serves a request (tests only): Quarkus's transaction manager
 * announces each one by initialising the transaction scope. The scheduled jobs' transactions (the purges, every
 * minute) are left out: one landing during a read was counted as the read's.
 */
@ApplicationScoped
public class TransactionsBegun {

    private final AtomicLong count = new AtomicLong();

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (Requests.serving()) {
            count.incrementAndGet();
        }
    }

    public long count() {
        return count.get();
    }
}
