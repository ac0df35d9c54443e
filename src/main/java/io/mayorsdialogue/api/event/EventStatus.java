package io.mayorsdialogue.api.event;

/** An event's status as stored; the contract's EventStatusDto maps onto it by name. */
public enum EventStatus {
    DRAFT, OPEN, CLOSED, COMPLETED, CANCELLED
}
