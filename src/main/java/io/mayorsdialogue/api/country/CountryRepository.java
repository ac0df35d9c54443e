package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.SortOrder;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public static final SortOrder<Country> BY_CODE = SortOrder.by("code", "code", c -> c.code, Cursor::key);
    public static final SortOrder<Country> BY_NAME = SortOrder.by("name", "name", c -> c.name, Cursor::key);

    public List<Country> page(String q, SortOrder<Country> order, PageRequest page) {
        Where where = new Where().matches(q, "name").after(page.after(), order, "code", Cursor::id);
        return find(where.hql(), order.sort("code"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public boolean nameTakenByOther(String name, String code) {
        return count("lower(name) = lower(?1) and code <> ?2", name, code) > 0;
    }
}
