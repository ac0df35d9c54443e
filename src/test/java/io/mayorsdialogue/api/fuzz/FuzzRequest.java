package io.mayorsdialogue.api.fuzz;

import java.util.Map;

/** One generated request: what it tries ({@code kind}), who sends it, and the raw parts as they go on the wire. */
record FuzzRequest(Operation operation, Requests.Kind kind, Requests.Credential credential, String path,
        Map<String, String> query, Map<String, String> headers, String body) {

    @Override
    public String toString() {
        String b = body == null ? "" : " body=" + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        return operation.id() + " [" + kind + ", " + credential + "] " + operation.method() + " " + path + " query=" + query
                + " headers=" + headers.keySet() + b;
    }
}
