package io.mayorsdialogue.api.agenda;

/** A meeting's status as stored; the contract's MeetingStatusDto maps onto it by name. */
public enum MeetingStatus {
    REQUESTED, ACCEPTED, DECLINED, CANCELLED
}
