package io.mayorsdialogue.api.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * An {@code OPTIONS} answer's {@code Allow} names the methods the contract has on the path, as a 405's does. Quarkus
 * REST's own lists every method of the resource class ({@code OPTIONS /events/{id}/stats} offered DELETE, POST and
 * PUT, each then answered 405).
 */
public class AllowedMethodsFilter {

    private final ContractOperations contract;

    AllowedMethodsFilter(ContractOperations contract) {
        this.contract = contract;
    }

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
}
