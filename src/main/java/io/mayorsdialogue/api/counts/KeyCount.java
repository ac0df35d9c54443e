package io.mayorsdialogue.api.counts;

/** One group of an aggregate the database counted: its key (null for "none") and how many rows it has. */
public record KeyCount(String key, Long count) {
}
