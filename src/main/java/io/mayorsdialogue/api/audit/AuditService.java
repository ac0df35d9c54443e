package io.mayorsdialogue.api.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.model.AuditChangeDto;
import io.mayorsdialogue.api.model.AuditEntryDto;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.registration.RegistrationService;
import io.mayorsdialogue.api.time.Times;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Reading the audit trail (organisers; a registration's history for its partner too) and keeping it to its retention. */
@Singleton
@Transactional
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class);
    private static final TypeReference<List<Map<String, String>>> CHANGES = new TypeReference<>() {
    };

    private final AuditRepository entries;
    private final RegistrationService registrations;
    private final ObjectMapper json;
    private final Duration retention;

    AuditService(AuditRepository entries, RegistrationService registrations, ObjectMapper json,
            @ConfigProperty(name = "mayors.audit.retention", defaultValue = "P3650D") Duration retention) {
        this.entries = entries;
        this.registrations = registrations;
        this.json = json;
        this.retention = retention;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryDto> list(String resourceType, String resourceId, String actor, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        var filter = new AuditRepository.Filter(resourceType, resourceId, actor, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
        return page(filter, AuditRepository.NEWEST_FIRST, page);
    }

    /** The registration's entries, oldest first; a registration the caller may not see answers 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryDto> registrationHistory(String eventId, String registrationId, PageRequest page) {
        String id = registrations.get(eventId, registrationId).body().getId();
        return page(new AuditRepository.Filter("registration", id, null, null, null), AuditRepository.OLDEST_FIRST, page);
    }

    /** Entries older than the retention go, in the background (MAYORS_AUDIT_RETENTION, ten years by default). */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long purged = entries.purgeBefore(Times.now().minus(retention));
        if (purged > 0) {
            LOG.infof("Purged %d audit entries older than %s", purged, retention);
        }
    }

    private Page<AuditEntryDto> page(AuditRepository.Filter filter, SortOrder<AuditEntry> order, PageRequest page) {
        return Page.of(entries.page(filter, order, page), page, e -> order.cursorAfter(e, e.id.toString()), this::toApi);
    }

    private AuditEntryDto toApi(AuditEntry e) {
        List<Map<String, String>> changes;
        try {
            changes = json.readValue(e.changes, CHANGES);
        } catch (IOException ex) {
            throw new UncheckedIOException("An audit entry's changes are JSON written by the interceptor", ex);
        }
        return new AuditEntryDto().id(e.id.toString()).at(e.at.atOffset(ZoneOffset.UTC)).actor(e.actor)
                .resourceType(e.resourceType).resourceId(e.resourceId).action(AuditEntryDto.ActionEnum.fromValue(e.action))
                .changes(changes.stream().map(c -> new AuditChangeDto().field(c.get("field")).before(c.get("before"))
                        .after(c.get("after"))).toList());
    }
}
