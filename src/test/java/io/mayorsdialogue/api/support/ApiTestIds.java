package io.mayorsdialogue.api.support;

import java.util.UUID;

/** Short unique suffixes for names, for fixtures that are not tests themselves. */
public final class ApiTestIds {

    private ApiTestIds() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
