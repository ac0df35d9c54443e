package io.mayorsdialogue.api.sistercity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A city reached by the network walk, at its shortest distance, with one shortest path to it. */
public record NodeRow(UUID city, String name, String country, int distance, List<UUID> path) {

    /** As the native query's result mapping reads the columns; {@code path} is PostgreSQL's text form of a uuid[]. */
    public NodeRow(UUID city, String name, String country, Integer distance, String path) {
        this(city, name, country, distance, parsePath(path));
    }

    private static List<UUID> parsePath(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(UUID::fromString).toList();
    }
}
