package io.mayorsdialogue.api.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, to prove a 500 leaks nothing. */
@Path("/test-only/failure")
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("select secret from internal_table -- at io.mayorsdialogue.Internal");
    }
}
