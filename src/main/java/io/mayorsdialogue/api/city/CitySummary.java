package io.mayorsdialogue.api.city;

import java.util.UUID;

/** What other features show of a city next to their own data (attendee lists, delegate sheets). */
public record CitySummary(UUID id, String name, String countryCode) {
}
