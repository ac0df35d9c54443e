package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.deferred.DeferredWrites;
import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Singleton
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    static final SortOrder<WebhookDelivery> NEWEST_FIRST =
            SortOrder.<WebhookDelivery>by("createdAt", d -> d.createdAt.toString(), Cursor::instantKey).reversed();

    private final DeferredWrites writes;

    DeliveryRepository(DeferredWrites writes) {
        this.writes = writes;
    }

    List<WebhookDelivery> page(UUID webhookId, PageRequest page) {
        return new Where().and("webhookId = :webhookId", "webhookId", webhookId).after(page.after(), NEWEST_FIRST, "id")
                .fetch(this, NEWEST_FIRST.sort("id"), page);
    }

    /**
     * A pending delivery of each of a notification's types (with its payload, at the same index) for every live
     * subscription to that type: the organiser's, and those of these cities. Nothing is read back, so the insert and
     * the subscriptions' look-up are one statement held with the change's other writes until its next round trip
     * (DeferredWrites), instead of a look-up of its own.
     */
    void enqueueForSubscribers(String[] types, String[] payloads, Set<UUID> cityIds, Instant now) {
        writes.add("""
                insert into webhook_delivery (id, webhook_id, event_type, payload, status, attempts, next_attempt_at, created_at)
                select gen_random_uuid(), w.id, n.type, n.payload, 'PENDING', 0, ?, ?
                from unnest(cast(? as varchar[]), cast(? as text[])) as n (type, payload)
                join webhook w on n.type = any (w.events)
                where w.status <> 'DISABLED' and (w.city_id is null or w.city_id = any (?))""",
                now, now, types, payloads, cityIds.toArray(UUID[]::new));
    }

    /**
     * Claims up to {@code limit} due rows for this worker: locked with SKIP LOCKED (a row another worker is claiming
     * is passed over, never waited for) and leased until {@code leaseUntil}, so no other worker takes them meanwhile.
     */
    @SuppressWarnings("unchecked")
    List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit :limit for update skip locked""", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (!ids.isEmpty()) {
            update("nextAttemptAt = ?1 where id in ?2", leaseUntil, ids);
        }
        return ids;
    }

    /** Makes claimed rows that were not attempted due again now, for any worker, instead of when their lease ends. */
    void releaseLease(List<UUID> ids, Instant now) {
        update("nextAttemptAt = ?1 where id in ?2 and status = ?3", now, ids, WebhookDelivery.Status.PENDING);
    }

    long countPending() {
        return count("status", WebhookDelivery.Status.PENDING);
    }

    /** When the oldest pending notification was written; null when none is pending. */
    Instant oldestPending() {
        return find("status = ?1 order by createdAt", WebhookDelivery.Status.PENDING).firstResultOptional()
                .map(d -> d.createdAt).orElse(null);
    }
}
