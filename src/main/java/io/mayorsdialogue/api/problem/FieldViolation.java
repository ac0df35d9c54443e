package io.mayorsdialogue.api.problem;

/** One offending field of a request: a JSON path such as {@code topicIds[1]} and what is wrong with it. */
public record FieldViolation(String field, String message) {
}
