package io.mayorsdialogue.api.deferred;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sends the read held to go first ({@link DeferredWrites#holdFirst}) just before Hibernate prepares a statement, which
 * cannot carry it. Hibernate makes one for the session factory ({@code hibernate.session_factory.statement_inspector}
 * in application.properties) and shows it every statement it prepares; with no read held that costs a thread-local's
 * read. A session event listener did the same, but Hibernate makes one for every session: 2–3 % of an event list's
 * rate (bench/README.md).
 */
public class FirstReadBeforeHibernate implements StatementInspector {

    @Override
    public String inspect(String sql) {
        DeferredWrites.sendFirstBeforeHibernate();
        return sql;
    }
}
