package io.mayorsdialogue.api.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** The few HTTP shapes every resource returns, so the conventions (Location, Link) live in one place. */
public final class Rest {

    private Rest() {
    }

    public static Response created(UriInfo uri, String id, Object body) {
        URI location = uri.getAbsolutePathBuilder().path(id).build();
        return Response.created(location).entity(body).build();
    }

    /** 200 with the list body, plus {@code Link: <…>; rel="next"} when there is a next page. */
    public static Response list(UriInfo uri, Object body, String next) {
        Response.ResponseBuilder ok = Response.ok(body);
        if (next != null) {
            URI nextUri = uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build();
            ok.header("Link", "<" + nextUri + ">; rel=\"next\"");
        }
        return ok.build();
    }
}
