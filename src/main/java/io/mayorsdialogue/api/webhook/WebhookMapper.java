package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.model.WebhookDeliveryDto;
import io.mayorsdialogue.api.model.WebhookDto;
import io.mayorsdialogue.api.model.WebhookEventTypeDto;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;

final class WebhookMapper {

    private WebhookMapper() {
    }

    /** Never the secret: only the create call shows it, once. */
    static WebhookDto toApi(Webhook w) {
        LinkedHashSet<WebhookEventTypeDto> events = new LinkedHashSet<>();
        w.events.forEach(e -> events.add(WebhookEventTypeDto.fromValue(e)));
        return new WebhookDto()
                .id(w.id.toString())
                .url(w.url)
                .events(events)
                .description(w.description)
                .status(WebhookDto.StatusEnum.fromValue(w.status.name()))
                .cityId(w.cityId == null ? null : w.cityId.toString())
                .createdAt(w.createdAt.atOffset(ZoneOffset.UTC));
    }

    static WebhookDto copyWithoutSecret(WebhookDto w) {
        return new WebhookDto().id(w.getId()).url(w.getUrl()).events(w.getEvents()).description(w.getDescription())
                .status(w.getStatus()).cityId(w.getCityId()).createdAt(w.getCreatedAt());
    }

    static WebhookDeliveryDto toApi(WebhookDelivery d) {
        return new WebhookDeliveryDto()
                .id(d.id.toString())
                .eventType(d.eventType)
                .status(WebhookDeliveryDto.StatusEnum.fromValue(d.status.name()))
                .attempts(d.attempts)
                .lastResponseCode(d.lastResponseCode)
                .lastError(d.lastError)
                .nextAttemptAt(d.status == WebhookDelivery.Status.PENDING && d.nextAttemptAt != null
                        ? d.nextAttemptAt.atOffset(ZoneOffset.UTC) : null)
                .createdAt(d.createdAt.atOffset(ZoneOffset.UTC))
                .deliveredAt(d.deliveredAt == null ? null : d.deliveredAt.atOffset(ZoneOffset.UTC));
    }
}
