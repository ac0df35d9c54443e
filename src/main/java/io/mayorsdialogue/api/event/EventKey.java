package io.mayorsdialogue.api.event;

import java.time.Instant;
import java.util.UUID;

/** What a page of events needs to know of each event before its answer: which it is, its revision and its sort keys. */
record EventKey(UUID id, long revision, Instant startsAt, String name) {
}
