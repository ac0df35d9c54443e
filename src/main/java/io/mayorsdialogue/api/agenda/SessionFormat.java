package io.mayorsdialogue.api.agenda;

/** A session's format as stored; the contract's SessionFormatDto maps onto it by name. */
public enum SessionFormat {
    PLENARY, PANEL, ROUNDTABLE, SIGNING_CEREMONY, SITE_VISIT, RECEPTION, OTHER
}
