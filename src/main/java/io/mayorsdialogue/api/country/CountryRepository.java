package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    static final SortOrder<Country> BY_CODE = SortOrder.by("code", c -> c.code, Cursor::key);
    static final SortOrder<Country> BY_NAME = SortOrder.<Country>by("name", c -> c.name, Cursor::key)
            .readingKeysBackBy("select x.name from Country x where x.code = :afterId");

    List<Country> page(String q, SortOrder<Country> order, PageRequest page) {
        return new Where().matches(q, "nameFolded").after(page.after(), order, "code", Cursor::id)
                .fetch(this, order.sort("code"), page);
    }

    boolean nameTakenByOther(String name, String code) {
        return count("function('mayors_case_fold' as String, name) = function('mayors_case_fold' as String, ?1) and code <> ?2", name, code) > 0;
    }
}
