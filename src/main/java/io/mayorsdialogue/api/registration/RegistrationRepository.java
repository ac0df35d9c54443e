package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Where;
import io.mayorsdialogue.api.model.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** {@code cityId} non-null restricts to one city (a partner's view); {@code page} null means every row. */
    public List<Registration> list(UUID eventId, UUID cityId, RegistrationStatus status, String country, PageRequest page) {
        Where where = new Where()
                .and("eventId = :eventId", "eventId", eventId)
                .and("cityId = :cityId", "cityId", cityId)
                .and("status = :status", "status", status)
                .and("cityId in (select c.id from City c where c.countryCode = :country)", "country", country);
        if (page == null) {
            return find(where.hql(), Sort.by("createdAt").and("id"), where.params()).list();
        }
        where.after(page.after(), "createdAt", "id", Cursor::instantKey);
        return find(where.hql(), Sort.by("createdAt").and("id"), where.params()).range(0, page.fetchSize() - 1).list();
    }

    public long countHoldingPlace(UUID eventId) {
        return count("eventId = ?1 and status in ?2", eventId, Registration.HOLDS_PLACE);
    }

    public Optional<Registration> activeOfCity(UUID eventId, UUID cityId) {
        return find("eventId = ?1 and cityId = ?2 and status in ?3", eventId, cityId, Registration.ACTIVE).firstResultOptional();
    }

    public Optional<Registration> oldestWaitlisted(UUID eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("createdAt").and("id"), eventId, RegistrationStatus.WAITLISTED)
                .firstResultOptional();
    }

    public long countByEvent(UUID eventId) {
        return count("eventId", eventId);
    }

    public long countByCity(UUID cityId) {
        return count("cityId", cityId);
    }

    public long countHeadedBy(UUID mayorId) {
        return count("headMayorId", mayorId);
    }
}
