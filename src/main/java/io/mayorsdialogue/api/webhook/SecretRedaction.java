package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.idempotency.ReplayRedaction;
import io.mayorsdialogue.api.model.WebhookDto;
import jakarta.enterprise.context.ApplicationScoped;

/** A subscription's secret is shown once: a replayed create answers without it. */
@ApplicationScoped
class SecretRedaction implements ReplayRedaction {

    @Override
    public Object redact(Object entity) {
        return entity instanceof WebhookDto w && w.getSecret() != null ? WebhookMapper.copyWithoutSecret(w) : entity;
    }
}
