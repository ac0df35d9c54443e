package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MayorRepository implements PanacheRepositoryBase<Mayor, UUID> {

    public static final SortOrder<Mayor> BY_FULL_NAME = SortOrder.by("fullName", "fullName", m -> m.fullName, Cursor::key);

    public List<Mayor> page(UUID cityId, String country, String q, SortOrder<Mayor> order, PageRequest page) {
        Where where = new Where()
                .and("cityId = :cityId", "cityId", cityId)
                .and("cityId in (select c.id from City c where c.countryCode = :country)", "country", country)
                .matches(q, "fullName")
                .after(page.after(), order, "id");
        return find(where.hql(), order.sort("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countByCity(UUID cityId) {
        return count("cityId", cityId);
    }
}
