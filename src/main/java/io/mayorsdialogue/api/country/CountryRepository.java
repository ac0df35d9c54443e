package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public List<Country> page(PageRequest page) {
        String after = page.after() == null ? null : page.after().key();
        Where where = new Where().and("code > :after", "after", after);
        return find(where.hql(), Sort.by("code"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public boolean nameTakenByOther(String name, String code) {
        return count("lower(name) = lower(?1) and code <> ?2", name, code) > 0;
    }
}
