package io.mayorsdialogue.api.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A read another feature makes under an event's lock ({@link EventService#lockThen}), sent to PostgreSQL after the
 * lock in the same round trip. It is a statement of its own so that its snapshot is taken after the lock was granted,
 * and sees everything the lock's previous holder committed: one statement takes its snapshot before it waits for a
 * lock, so a read joined to the lock would miss a place taken just then.
 */
public interface ReadUnderLock<T> {

    /** The statement, with {@code ?} parameters. */
    String sql();

    /** Its parameters, in order, for this event. */
    Object[] parameters(UUID eventId);

    /** Its rows, read once the event's lock is held. */
    T read(ResultSet rows) throws SQLException;
}
