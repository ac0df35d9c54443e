package io.mayorsdialogue.api.security;

import java.util.HashMap;
import java.util.Map;

/** One request of the access matrix: where, with which body and headers; {@code partnerKey} for the partner's cell. */
record Call(String path, Object body, Map<String, String> headers, String partnerKey) {

    Call body(Object body) {
        return new Call(path, body, headers, partnerKey);
    }

    Call header(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Call(path, body, more, partnerKey);
    }
}
