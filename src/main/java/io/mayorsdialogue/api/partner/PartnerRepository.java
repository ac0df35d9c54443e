package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** Hit on every partner request: served by the unique index on key_hash. */
    public Optional<Partner> findActiveByKeyHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    public List<Partner> page(UUID cityId, PageRequest page) {
        Where where = new Where().and("cityId = :cityId", "cityId", cityId)
                .after(page.after(), "createdAt", "id", Cursor::instantKey);
        return find(where.hql(), Sort.by("createdAt").and("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }
}
