package io.mayorsdialogue.api.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Set;

/** Response headers that follow from what the contract says of the path or the operation. */
public class ContractHeadersFilter {

    private final ContractOperations contract;

    ContractHeadersFilter(ContractOperations contract) {
        this.contract = contract;
    }

    /**
     * An {@code OPTIONS} answer's {@code Allow} names the methods the contract has on the path, as a 405's does.
     * Quarkus REST's own lists every method of the resource class ({@code OPTIONS /events/{id}/stats} offered DELETE,
     * POST and PUT, each then answered 405).
     */
    @ServerResponseFilter
    public void allow(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            return;
        }
        Set<String> allowed = contract.allowedMethods(request.getUriInfo().getPath());
        if (!allowed.isEmpty()) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
    }

    /**
     * {@code Vary: Accept} on the answers of an operation the contract gives several media types (a list as JSON or
     * CSV, the sister-city links as JSON or GeoJSON), so that a cache never hands a CSV to a client that asked for JSON.
     */
    @ServerResponseFilter
    public void varyByAccept(ContainerResponseContext response, SimpleResourceInfo resource) {
        if (resource != null && contract.get(resource.getMethodName()).map(ContractOperations.Operation::negotiated).orElse(false)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
