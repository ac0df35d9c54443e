package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

@Singleton
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    static final SortOrder<Webhook> BY_CREATED = SortOrder.by("createdAt", w -> w.createdAt.toString(), Cursor::instantKey);

    /** The subscriptions a credential made ({@code partner:<id>} or {@code organiser}). */
    List<Webhook> ownedBy(String ownerScope) {
        return list("ownerScope = ?1", ownerScope);
    }

    /** {@code ownerScope} null: every subscription (the organiser's view). */
    List<Webhook> page(String ownerScope, PageRequest page) {
        return new Where().and("ownerScope = :owner", "owner", ownerScope).after(page.after(), BY_CREATED, "id")
                .fetch(this, BY_CREATED.sort("id"), page);
    }
}
