package io.mayorsdialogue.api.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * {@code Vary: Accept} on the answers of an operation the contract gives several media types (a list as JSON or CSV,
 * the sister-city links as JSON or GeoJSON), so that a cache never hands a CSV to a client that asked for JSON.
 */
public class AcceptVaryFilter {

    private final ContractOperations contract;

    AcceptVaryFilter(ContractOperations contract) {
        this.contract = contract;
    }

    @ServerResponseFilter
    public void vary(ContainerResponseContext response, SimpleResourceInfo resource) {
        if (resource != null && contract.get(resource.getMethodName()).map(ContractOperations.Operation::negotiated).orElse(false)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
