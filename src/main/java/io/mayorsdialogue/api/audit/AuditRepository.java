package io.mayorsdialogue.api.audit;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Singleton
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    static final SortOrder<AuditEntry> OLDEST_FIRST = SortOrder.<AuditEntry>by("at", a -> a.at.toString(), Cursor::instantKey);
    static final SortOrder<AuditEntry> NEWEST_FIRST = OLDEST_FIRST.reversed();

    /** Filters left null are not applied; {@code to} is exclusive. */
    record Filter(String resourceType, String resourceId, String actor, Instant from, Instant to) {
    }

    List<AuditEntry> page(Filter f, SortOrder<AuditEntry> order, PageRequest page) {
        return new Where()
                .and("resourceType = :resourceType", "resourceType", f.resourceType())
                .and("resourceId = :resourceId", "resourceId", f.resourceId())
                .and("actor = :actor", "actor", f.actor())
                .and("at >= :from", "from", f.from())
                .and("at < :to", "to", f.to())
                .after(page.after(), order, "id")
                .fetch(this, order.sort("id"), page);
    }

    long purgeBefore(Instant cutoff) {
        return delete("at < ?1", cutoff);
    }
}
