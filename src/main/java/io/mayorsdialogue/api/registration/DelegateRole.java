package io.mayorsdialogue.api.registration;

/** A delegate's role as stored; the contract's DelegateRoleDto maps onto it by name. */
public enum DelegateRole {
    MAYOR, DEPUTY_MAYOR, COUNCILLOR, DIRECTOR, OFFICIAL, ADVISER, INTERPRETER, PROTOCOL, PRESS, STAFF, OTHER
}
