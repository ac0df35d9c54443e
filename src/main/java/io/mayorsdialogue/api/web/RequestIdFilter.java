package io.mayorsdialogue.api.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Carries the request id into the logging context of the thread that runs the endpoint (a worker, not the event loop). */
public class RequestIdFilter {

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    public void enter(ContainerRequestContext request) {
        String id = request.getHeaderString(RequestIds.HEADER);
        if (id != null) {
            MDC.put(RequestIds.MDC_KEY, id);
        }
    }

    @ServerResponseFilter
    public void leave(ContainerResponseContext response) {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
