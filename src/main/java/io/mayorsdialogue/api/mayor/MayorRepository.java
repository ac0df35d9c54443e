package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MayorRepository implements PanacheRepositoryBase<Mayor, UUID> {

    static final SortOrder<Mayor> BY_FULL_NAME = SortOrder.by("fullName", m -> m.fullName, Cursor::key);

    /** Filters left null are not applied; {@code ids} narrows to the mayors another feature selects. */
    record Filter(UUID cityId, Subquery citiesInCountry, Subquery ids, String q) {
    }

    List<Mayor> page(Filter f, SortOrder<Mayor> order, PageRequest page) {
        return new Where()
                .and("cityId = :cityId", "cityId", f.cityId())
                .in("cityId", f.citiesInCountry())
                .in("id", f.ids())
                .matches(f.q(), "fullName")
                .after(page.after(), order, "id")
                .fetch(this, order.sort("id"), page);
    }

    List<Mayor> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
