package io.mayorsdialogue.api.audit;

import io.quarkus.arc.Arc;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import java.util.Iterator;

/**
 * Hands the changes Hibernate flushes to the {@link AuditTrail}. Hibernate creates one for its session factory
 * ({@code hibernate.session_factory.interceptor} in application.properties) and every session shares it. As a CDI
 * bean ({@code @PersistenceUnitExtension}), Quarkus would give Hibernate a supplier that resolves the bean through CDI
 * for every session opened: 1.1 % of an event list's samples (bench/README.md).
 */
public class AuditInterceptor implements Interceptor {

    /** Found when first needed: Hibernate creates this while CDI is still starting the persistence unit. */
    private volatile AuditTrail trail;

    private AuditTrail trail() {
        AuditTrail found = trail;
        if (found == null) {
            found = Arc.container().instance(AuditTrail.class).get();
            trail = found;
        }
        return found;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        trail().created(entity, id, state, names, types);
        return false;
    }

    @Override
    public void preFlush(Iterator<Object> entities) {
        trail().flushStarting();
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        trail().updated(entity, id, current, previous, names, types);
        return false;
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        trail().flushed();
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        trail().removed(entity, id, state, names, types);
    }
}
