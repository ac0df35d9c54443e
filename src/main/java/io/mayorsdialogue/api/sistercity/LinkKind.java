package io.mayorsdialogue.api.sistercity;

/** The kind of a link between two cities as stored; the contract's LinkKindDto maps onto it by name. */
public enum LinkKind {
    SISTER, FRIENDSHIP, COOPERATION
}
