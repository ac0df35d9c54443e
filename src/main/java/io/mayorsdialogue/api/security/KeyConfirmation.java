package io.mayorsdialogue.api.security;

import io.mayorsdialogue.api.deferred.FirstRead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The confirmation still owed for a caller recognised from a remembered partner key (PartnerKeyLookup#remembered):
 * as a read to go first in a keyed change's transaction, in the round trip of the change's first statement, or by a
 * look-up of its own before anything else is answered. Until it passes, nothing may be changed or answered for the
 * caller; once it fails, every answer is the 401 an unknown key gets.
 */
final class KeyConfirmation implements FirstRead {

    private enum State { OWED, CONFIRMED, REFUSED }

    private final PartnerKeyLookup partners;
    private final String key;
    private final Caller caller;
    private final PartnerKeyLookup.Confirmation query;
    private State state = State.OWED;

    KeyConfirmation(PartnerKeyLookup partners, String key, Caller caller) {
        this.partners = partners;
        this.key = key;
        this.caller = caller;
        this.query = partners.confirmation(key, caller);
    }

    boolean owed() {
        return state == State.OWED;
    }

    @Override
    public String sql() {
        return query.sql();
    }

    @Override
    public Object[] parameters() {
        return query.parameters();
    }

    @Override
    public void read(Statement statement) throws SQLException {
        boolean valid;
        try (ResultSet row = statement.getResultSet()) {
            valid = row.next();
        }
        settle(valid);
    }

    /** Confirms with a look-up of its own unless already confirmed; throws the 401 when the key is no longer valid. */
    void confirmNow() {
        if (state == State.OWED) {
            settle(partners.partnerFor(key).filter(caller::equals).isPresent());
        }
        if (state == State.REFUSED) {
            throw Caller.invalidKey();
        }
    }

    private void settle(boolean valid) {
        state = valid ? State.CONFIRMED : State.REFUSED;
        if (!valid) {
            partners.forget(key);
            throw Caller.invalidKey();
        }
    }
}
