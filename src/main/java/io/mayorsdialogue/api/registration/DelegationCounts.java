package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.counts.KeyCount;

import java.util.List;

/**
 * An event's delegation figures: registrations by status; active ones (and their members, heads not included) by
 * city; the languages their head mayors and members speak.
 */
public record DelegationCounts(List<KeyCount> byStatus, List<KeyCount> activeByCity, List<KeyCount> membersByCity,
        List<KeyCount> spokenLanguages) {
}
