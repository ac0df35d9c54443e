package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.mayorsdialogue.api.model.AdminLevel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    public List<City> page(String country, AdminLevel adminLevel, PageRequest page) {
        Where where = new Where()
                .and("countryCode = :country", "country", country)
                .and("adminLevel = :adminLevel", "adminLevel", adminLevel);
        where.after(page.after(), "name", "id", Cursor::key);
        return find(where.hql(), Sort.by("name").and("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countByCountry(String countryCode) {
        return count("countryCode", countryCode);
    }

    public boolean nameTakenInCountry(String name, String countryCode, UUID exceptId) {
        return count("lower(name) = lower(?1) and countryCode = ?2 and id <> ?3", name, countryCode, exceptId) > 0;
    }
}
