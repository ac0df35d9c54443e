package io.mayorsdialogue.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.deferred.DeferredWrites;
import io.mayorsdialogue.api.deferred.InsertedWithoutSession;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.time.Times;
import io.quarkus.arc.Arc;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Records every create, update and delete of an entity, with who did it and the changed fields before and after,
 * in the same transaction as the change: the row is written on the transaction's own connection, with the
 * transaction's next statement whose answer is needed or at its commit (DeferredWrites), so a change that rolls back
 * leaves no audit entry and none is missing for a change that committed. Hibernate reports the changes it flushes
 * through {@link AuditInterceptor}; the features that write rows without it fire {@link InsertedWithoutSession}.
 * Personal data and secrets are minimised: such fields are recorded as changed, never with their values, and
 * collections (a delegation's members) are not recorded at all.
 */
@Singleton
public class AuditTrail {

    static final String MINIMISED = "[changed]";
    private static final Set<String> MINIMISED_FIELDS = Set.of("keyHash", "secret", "representativeName", "email", "notes");
    private static final Set<String> UNRECORDED_FIELDS = Set.of("version", "consecutiveFailures");
    /** Bookkeeping rows, not resources anyone changes: recording them would only drown the trail. */
    private static final Set<String> UNAUDITED = Set.of("AuditEntry", "WebhookDelivery");

    private final DeferredWrites writes;
    private final ObjectMapper json;
    /** Looked up when first needed: the session factory is built with the interceptor that reports to this trail. */
    private final Instance<SessionFactory> sessionFactory;

    AuditTrail(DeferredWrites writes, ObjectMapper json, Instance<SessionFactory> sessionFactory) {
        this.writes = writes;
        this.json = json;
        this.sessionFactory = sessionFactory;
    }

    void created(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(entity, id, "CREATE", null, state, names, types);
    }

    /** A row written without the session is recorded from the entity's mapping, as {@link #created} records one. */
    void onInsertedWithoutSession(@Observes InsertedWithoutSession inserted) {
        EntityPersister persister = sessionFactory.get().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(inserted.entity().getClass());
        record(inserted.entity(), inserted.id(), "CREATE", null, persister.getValues(inserted.entity()),
                persister.getPropertyNames(), persister.getPropertyTypes());
    }

    /**
     * The updates of the flush in progress on this thread, written once the flush has executed them: Hibernate calls
     * {@code Interceptor.onFlushDirty} while it prepares an auto-flush (a query's), then drops the prepared updates when the query
     * does not read their tables, and calls it again at the real flush. Written at once, each such change was
     * recorded twice.
     */
    private static final ThreadLocal<List<Entry>> UPDATES = ThreadLocal.withInitial(ArrayList::new);

    private record Entry(String actor, String type, String resourceId, String action, List<Map<String, String>> changes) {
    }

    void flushStarting() {
        UPDATES.get().clear(); // what a dropped auto-flush prepared
    }

    void updated(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        entry(entity, id, "UPDATE", previous, current, names, types).ifPresent(UPDATES.get()::add);
    }

    void flushed() {
        List<Entry> executed = UPDATES.get();
        try {
            executed.forEach(this::insert);
        } finally {
            executed.clear();
        }
    }

    void removed(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(entity, id, "DELETE", state, null, names, types);
    }

    private void record(Object entity, Object id, String action, Object[] before, Object[] after, String[] names, Type[] types) {
        entry(entity, id, action, before, after, names, types).ifPresent(this::insert);
    }

    /** The entry of a change, with who made it; empty for a bookkeeping row or an update that changed nothing recorded. */
    private Optional<Entry> entry(Object entity, Object id, String action, Object[] before, Object[] after, String[] names, Type[] types) {
        if (UNAUDITED.contains(entity.getClass().getSimpleName())) {
            return Optional.empty();
        }
        List<Map<String, String>> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            // "_identifierMapper": Hibernate's own copy of a composite id, already the entry's resource id
            if (types[i].isCollectionType() || UNRECORDED_FIELDS.contains(names[i]) || names[i].startsWith("_")) {
                continue;
            }
            Object was = before == null ? null : before[i];
            Object is = after == null ? null : after[i];
            if (Objects.equals(was, is)) {
                continue;
            }
            Map<String, String> change = new LinkedHashMap<>();
            change.put("field", names[i]);
            boolean minimised = MINIMISED_FIELDS.contains(names[i]);
            change.put("before", was == null ? null : minimised ? MINIMISED : text(was));
            change.put("after", is == null ? null : minimised ? MINIMISED : text(is));
            changes.add(change);
        }
        if (changes.isEmpty() && action.equals("UPDATE")) {
            return Optional.empty();
        }
        String resourceId = String.valueOf(id);
        return Optional.of(new Entry(actor(), resourceType(entity), resourceId.length() > 100 ? resourceId.substring(0, 100) : resourceId,
                action, changes));
    }

    /** Held until the transaction's next round trip (DeferredWrites): the entry commits or rolls back with the change. */
    private void insert(Entry entry) {
        try {
            writes.add("insert into audit_entry (id, at, actor, resource_type, resource_id, action, changes) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                    Ids.newId(), Times.now(), entry.actor(), entry.type(), entry.resourceId(), entry.action(),
                    json.writeValueAsString(entry.changes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not record the audit entry of a change; the change is not made", e);
        }
    }

    /** Who is calling: the credential's scope, or {@code system} outside a request (start-up, background work). */
    private static String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        String scope = Arc.container().instance(CurrentCaller.class).get().get().scope();
        return scope.equals("anonymous") ? "system" : scope;
    }

    /** {@code AgendaSession} → {@code agenda-session}. */
    static String resourceType(Object entity) {
        return entity.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private String text(Object value) {
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }
}
