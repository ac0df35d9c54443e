package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MayorRepository implements PanacheRepositoryBase<Mayor, UUID> {

    public List<Mayor> page(UUID cityId, String country, PageRequest page) {
        Where where = new Where()
                .and("cityId = :cityId", "cityId", cityId)
                .and("cityId in (select c.id from City c where c.countryCode = :country)", "country", country);
        where.after(page.after(), "fullName", "id", Cursor::key);
        return find(where.hql(), Sort.by("fullName").and("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countByCity(UUID cityId) {
        return count("cityId", cityId);
    }
}
