package io.mayorsdialogue.api.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a CDN or reverse proxy may keep: a successful anonymous read, stored but revalidated on every use with its
 * ETag ({@code public, no-cache}), so no instance ever serves a stale answer after a write. Anything asked with a
 * credential is never marked public, and {@code Vary: Authorization} keeps a stored anonymous answer from being
 * handed to a caller with a key (who may see more, e.g. DRAFT events). Answers that already say no-store keep it.
 */
public class SharedCacheFilter {

    @ServerResponseFilter
    public void markCacheable(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean anonymous = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        boolean validated = response.getHeaders().containsKey(HttpHeaders.ETAG);
        if (read && (response.getStatus() == 200 || response.getStatus() == 304)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
            if (anonymous && validated && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, no-cache");
            }
        }
    }
}
