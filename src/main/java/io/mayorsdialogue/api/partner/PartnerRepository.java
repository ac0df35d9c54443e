package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** Hit on every partner request: served by the unique index on key_hash. */
    Optional<Partner> findActiveByKeyHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    static final SortOrder<Partner> BY_CREATED = SortOrder.by("createdAt", p -> p.createdAt.toString(), Cursor::instantKey);

    List<Partner> page(UUID cityId, PageRequest page) {
        return new Where().and("cityId = :cityId", "cityId", cityId).after(page.after(), BY_CREATED, "id")
                .fetch(this, BY_CREATED.sort("id"), page);
    }
}
