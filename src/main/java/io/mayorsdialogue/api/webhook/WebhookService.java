package io.mayorsdialogue.api.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.model.WebhookDeliveryDto;
import io.mayorsdialogue.api.model.WebhookDto;
import io.mayorsdialogue.api.notification.Notification;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.partner.PartnerRevoked;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.registration.RegistrationService;
import io.mayorsdialogue.api.security.Caller;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.time.Times;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Subscriptions, and the transactional outbox: every notification a feature announces becomes one delivery row per
 * matching subscription, written in the transaction of the change itself — so nothing rolled back is ever announced
 * and nothing committed is lost if the service dies before sending (WebhookDeliverer sends them).
 */
@Singleton
@Transactional
public class WebhookService {

    static final String PING = "ping";

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final RegistrationService registrations;
    private final TargetPolicy targets;
    private final CurrentCaller current;
    private final ObjectMapper json;

    WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, RegistrationService registrations,
            TargetPolicy targets, CurrentCaller current, ObjectMapper json) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.registrations = registrations;
        this.targets = targets;
        this.current = current;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDto> list(PageRequest page) {
        Caller caller = current.get();
        return Page.of(webhooks.page(caller.isOrganiser() ? null : caller.scope(), page), page,
                w -> WebhookRepository.BY_CREATED.cursorAfter(w, w.id.toString()), WebhookMapper::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDto get(String id) {
        return WebhookMapper.toApi(findVisible(id));
    }

    /** The only answer that carries the secret. */
    public WebhookDto create(WebhookDto in) {
        Violations v = new Violations();
        targets.refusal(in.getUrl().strip()).ifPresent(why -> v.add("url", why));
        v.check(in.getDescription() == null || !in.getDescription().isBlank(), "description", "must not be blank when given")
                .throwIfAny();
        Caller caller = current.get();
        Webhook w = new Webhook();
        w.id = Ids.newId();
        w.ownerScope = caller.scope();
        w.cityId = caller.isPartner() ? caller.cityId() : null;
        w.url = in.getUrl().strip();
        w.events = new ArrayList<>(in.getEvents().stream().map(e -> e.toString()).toList());
        w.description = in.getDescription();
        w.secret = Signature.newSecret();
        w.status = Webhook.Status.ACTIVE;
        w.createdAt = Times.now();
        webhooks.persistAndFlush(w);
        return WebhookMapper.toApi(w).secret(w.secret);
    }

    /**
     * A revoked partner's subscriptions are disabled with its key: whoever held the key no longer hears of its city
     * (a new key for the city sees none of them; the organiser still does, with their delivery log).
     */
    void onPartnerRevoked(@Observes PartnerRevoked revoked) {
        webhooks.ownedBy(Caller.partner(revoked.partnerId(), null).scope()).forEach(w -> w.status = Webhook.Status.DISABLED);
    }

    public void delete(String id) {
        webhooks.delete(findVisible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryDto> deliveries(String id, PageRequest page) {
        Webhook w = findVisible(id);
        return Page.of(deliveries.page(w.id, page), page, d -> DeliveryRepository.NEWEST_FIRST.cursorAfter(d, d.id.toString()),
                WebhookMapper::toApi);
    }

    /** A test delivery, queued like any other notification. */
    public WebhookDeliveryDto ping(String id) {
        Webhook w = findVisible(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("webhookId", w.id.toString());
        return WebhookMapper.toApi(enqueue(w, PING, data));
    }

    /** The outbox: runs inside the announcing change's transaction (synchronous CDI event). */
    void onNotification(@Observes Notification n) {
        Set<UUID> cities = n.cityIds() != null ? n.cityIds() : registrations.activeCities(n.eventId());
        Instant now = Times.now();
        // The resource is written once for all of the notification's types (a waitlisted registration has two), and
        // all of them go in one statement: most notifications find no subscriber, and the bench's POST paid for the
        // second serialisation and statement regardless.
        String data = write(n.resource());
        List<String> types = n.types();
        String[] payloads = types.stream().map(type -> payload(type, now, data)).toArray(String[]::new);
        deliveries.enqueueForSubscribers(types.toArray(String[]::new), payloads, cities, now);
    }

    private WebhookDelivery enqueue(Webhook w, String type, Object resource) {
        Instant now = Times.now();
        WebhookDelivery d = new WebhookDelivery();
        d.id = Ids.newId();
        d.webhookId = w.id;
        d.eventType = type;
        d.payload = payload(type, now, write(resource));
        d.status = WebhookDelivery.Status.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        deliveries.persist(d);
        return d;
    }

    /** What a receiver gets: the type, when, and the resource as the API answers it ({@code data}, as JSON). */
    private String payload(String type, Instant at, String data) {
        return "{\"type\":" + write(type) + ",\"timestamp\":" + write(at.toString()) + ",\"data\":" + data + "}";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A resource the API answers with always serialises", e);
        }
    }

    /** A partner sees its own subscriptions only; another's is indistinguishable from a missing one. */
    private Webhook findVisible(String id) {
        Caller caller = current.get();
        return Ids.parse(id).flatMap(webhooks::findByIdOptional)
                .filter(w -> caller.isOrganiser() || w.ownerScope.equals(caller.scope()))
                .orElseThrow(() -> ApiProblem.notFound("webhook subscription", id));
    }
}
