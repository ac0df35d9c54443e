package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Where;
import io.mayorsdialogue.api.model.AdminLevel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    public static final SortOrder<City> BY_NAME = SortOrder.by("name", "name", c -> c.name, Cursor::key);
    public static final SortOrder<City> BY_COUNTRY = SortOrder.by("countryCode", "countryCode", c -> c.countryCode, Cursor::key);

    public List<City> page(String country, AdminLevel adminLevel, String q, SortOrder<City> order, PageRequest page) {
        Where where = new Where()
                .and("countryCode = :country", "country", country)
                .and("adminLevel = :adminLevel", "adminLevel", adminLevel)
                .matches(q, "name", "localName")
                .after(page.after(), order, "id");
        return find(where.hql(), order.sort("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countByCountry(String countryCode) {
        return count("countryCode", countryCode);
    }

    public boolean nameTakenInCountry(String name, String countryCode, UUID exceptId) {
        return count("lower(name) = lower(?1) and countryCode = ?2 and id <> ?3", name, countryCode, exceptId) > 0;
    }
}
