package io.mayorsdialogue.api.support;

import io.mayorsdialogue.api.deferred.FirstReadBeforeHibernate;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Records the SQL that Hibernate sends (tests only), so plan tests EXPLAIN what the repositories really issue rather
 * than SQL written in the test. As a bean it takes the place of the inspector application.properties names, so it
 * does that one's work too.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class CapturedStatements extends FirstReadBeforeHibernate {

    private static final int KEPT = 200;
    private static final List<String> RECENT = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String inspect(String sql) {
        synchronized (RECENT) {
            if (RECENT.size() == KEPT) {
                RECENT.remove(0);
            }
            RECENT.add(sql);
        }
        return super.inspect(sql);
    }

    public static void clear() {
        RECENT.clear();
    }

    /** The most recent statement that matches. */
    public static Optional<String> last(Predicate<String> matching) {
        synchronized (RECENT) {
            for (int i = RECENT.size() - 1; i >= 0; i--) {
                if (matching.test(RECENT.get(i))) {
                    return Optional.of(RECENT.get(i));
                }
            }
        }
        return Optional.empty();
    }
}
