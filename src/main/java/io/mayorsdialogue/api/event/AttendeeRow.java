package io.mayorsdialogue.api.event;

import java.util.List;
import java.util.UUID;

/** An attending mayor with the city fields the attendee list shows, read in one joined query. */
public record AttendeeRow(UUID mayorId, String fullName, String title, UUID cityId, String cityName, String countryCode,
        List<String> languages) {
}
