package io.mayorsdialogue.api.deferred;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A read that must reach PostgreSQL before anything else its transaction sends, but whose answer can wait until the
 * answer of the transaction's first statement ({@link DeferredWrites#holdFirst}).
 */
public interface FirstRead {

    /** One or more statements, sent in order. */
    String sql();

    /** Their parameters, in order: what {@link DeferredWrites#add} takes. */
    Object[] parameters();

    /**
     * Reads their answer: {@code statement} stands at the first of their results and is left at the last. May throw
     * to stop the transaction's change; the statements sent with it are then not looked at.
     */
    void read(Statement statement) throws SQLException;

    /** This read, then {@code next}, as one: sent together, and {@code next}'s answer is read only if this one's passes. */
    default FirstRead then(FirstRead next) {
        FirstRead first = this;
        return new FirstRead() {
            @Override
            public String sql() {
                return first.sql() + ";\n" + next.sql();
            }

            @Override
            public Object[] parameters() {
                Object[] own = first.parameters();
                Object[] theirs = next.parameters();
                Object[] both = java.util.Arrays.copyOf(own, own.length + theirs.length);
                System.arraycopy(theirs, 0, both, own.length, theirs.length);
                return both;
            }

            @Override
            public void read(Statement statement) throws SQLException {
                first.read(statement);
                statement.getMoreResults();
                next.read(statement);
            }
        };
    }
}
