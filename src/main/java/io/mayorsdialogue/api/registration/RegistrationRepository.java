package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** Registrations are listed in the order they arrived, which is also the waitlist's order. */
    static final SortOrder<Registration> BY_CREATED = SortOrder.by("createdAt", r -> r.createdAt.toString(), Cursor::instantKey);

    /** Filters left null are not applied: {@code cityId} is a partner's own city, {@code citiesInCountry} from city. */
    record Filter(UUID eventId, UUID cityId, RegistrationStatus status, Subquery citiesInCountry) {
    }

    List<Registration> page(Filter f, PageRequest page) {
        return where(f).after(page.after(), BY_CREATED, "id").fetch(this, BY_CREATED.sort("id"), page);
    }

    /** Every row the filter selects, for the delegate sheet. */
    List<Registration> all(Filter f) {
        Where where = where(f);
        return find(where.conditions(), BY_CREATED.sort("id"), where.params()).list();
    }

    private static Where where(Filter f) {
        return new Where()
                .and("eventId = :eventId", "eventId", f.eventId())
                .and("cityId = :cityId", "cityId", f.cityId())
                .and("status = :status", "status", f.status())
                .in("cityId", f.citiesInCountry());
    }

    /** Heads of the event's confirmed or checked-in delegations: they count as attending (parameters {@code heads…}). */
    static Subquery attendingHeads(UUID eventId) {
        return new Subquery("select r.headMayorId from Registration r where r.eventId = :headsEventId and r.status in :headsStatuses",
                Map.of("headsEventId", eventId, "headsStatuses", Registration.ATTENDING));
    }

    long countHoldingPlace(UUID eventId) {
        return count("eventId = ?1 and status in ?2", eventId, Registration.HOLDS_PLACE);
    }

    Optional<Registration> activeOfCity(UUID eventId, UUID cityId) {
        return find("eventId = ?1 and cityId = ?2 and status in ?3", eventId, cityId, Registration.ACTIVE).firstResultOptional();
    }

    Optional<Registration> oldestWaitlisted(UUID eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("createdAt").and("id"), eventId, RegistrationStatus.WAITLISTED)
                .firstResultOptional();
    }
}
