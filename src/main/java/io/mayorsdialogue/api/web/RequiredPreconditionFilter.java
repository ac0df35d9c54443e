package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.versioning.ConditionalRequests;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Optional;

/**
 * 428 for a change sent without the {@code If-Match} its contract requires. The contract marks the header
 * {@code required} so generated clients demand it; without this filter the generated interface's Bean Validation
 * would answer 400 first, where RFC 6585 and the contract promise 428.
 */
public class RequiredPreconditionFilter {

    private final ContractOperations contract;

    RequiredPreconditionFilter(ContractOperations contract) {
        this.contract = contract;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 50)
    public Optional<Response> requireIfMatch(ContainerRequestContext ctx, SimpleResourceInfo method) {
        boolean required = contract.get(method.getMethodName()).map(ContractOperations.Operation::ifMatchRequired).orElse(false);
        String ifMatch = ctx.getHeaderString(HttpHeaders.IF_MATCH);
        if (required && (ifMatch == null || ifMatch.isBlank())) {
            return Optional.of(ProblemResponses.of(ConditionalRequests.preconditionRequired(), ctx.getUriInfo()));
        }
        return Optional.empty();
    }
}
