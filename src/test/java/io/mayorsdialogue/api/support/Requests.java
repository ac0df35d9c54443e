package io.mayorsdialogue.api.support;

import io.quarkus.arc.Arc;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/** Whether this thread is serving a REST request (tests only), as opposed to a scheduled job or a test's own thread. */
final class Requests {

    private Requests() {
    }

    static boolean serving() {
        // the current request lives in the request context, which a thread of a test's own may not have
        return Arc.container().requestContext().isActive() && CurrentRequestManager.get() != null;
    }
}
