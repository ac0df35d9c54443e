package io.mayorsdialogue.api.registration;

import java.util.UUID;

/** A confirmed (or checked-in) delegation as other features see it: no delegate's personal data. */
public record AttendingDelegation(UUID registrationId, UUID cityId, UUID headMayorId, String representativeTitle) {
}
