package io.mayorsdialogue.api.registration;

/** A registration's status as stored; the contract's RegistrationStatusDto maps onto it by name. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, REJECTED, CANCELLED, CHECKED_IN
}
