package io.mayorsdialogue.api.attendee;

import java.util.List;
import java.util.UUID;

/** One line of an attendee list: the mayor as the list shows it, read with the page in one statement. */
record AttendeeRow(UUID mayorId, String fullName, String title, UUID cityId, String cityName, String countryCode,
        List<String> languages) {
}
