package io.mayorsdialogue.api.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Each event's JSON as the API writes it, kept by the revision of the event it was written from (V21). A page reads
 * the revisions of its events in its own statement, and every write of an event's row gives it a revision no state
 * ever had, so an answer kept here is never served for a row that has changed since, whichever instance changed it.
 */
@Singleton
class EventAnswers {

    /**
     * Bytes of JSON kept (each is held twice, as text and as UTF-8): the answers of thousands of events, and a few
     * MB of a 128 MB heap. Past it everything is dropped and kept again as pages are read; a count alone would let a
     * crawl of events with long descriptions (up to 5,000 characters) fill the heap.
     */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private record Kept(long revision, SerializableString json) {
    }

    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong bytesKept = new AtomicLong();
    private final ObjectMapper mapper;

    EventAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The JSON of each event, by id: kept for the key's revision, or written from the rows {@code rowsOf} reads for the
     * ids of the others (an id whose row is gone has none).
     */
    Map<UUID, SerializableString> of(List<EventKey> keys, Function<List<UUID>, List<EventRow>> rowsOf) {
        Map<UUID, SerializableString> json = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (EventKey key : keys) {
            Kept k = kept.get(key.id());
            if (k != null && k.revision() == key.revision()) {
                json.put(key.id(), k.json());
            } else {
                missing.add(key.id());
            }
        }
        if (!missing.isEmpty()) {
            rowsOf.apply(missing).forEach(row -> json.put(row.id(), keep(row)));
        }
        return json;
    }

    /** Writes the event's JSON and keeps it for the row's revision. */
    private SerializableString keep(EventRow row) {
        SerializedString json;
        try {
            json = new SerializedString(mapper.writeValueAsString(EventMapper.toApi(row)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's answer could not be written", e);
        }
        int bytes = json.asUnquotedUTF8().length; // encoded once here, copied as bytes into every answer
        if (bytesKept.addAndGet(bytes) > MAX_BYTES) {
            kept.clear();
            bytesKept.set(bytes);
        }
        kept.put(row.id(), new Kept(row.revision(), json));
        return json;
    }
}
