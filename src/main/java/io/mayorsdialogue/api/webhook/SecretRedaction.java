package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.idempotency.ReplayRedaction;
import io.mayorsdialogue.api.model.WebhookDto;
import jakarta.inject.Singleton;

/** A subscription's secret is shown once: a replayed create answers without it. */
@Singleton
class SecretRedaction implements ReplayRedaction {

    @Override
    public Object redact(Object entity) {
        return entity instanceof WebhookDto w && w.getSecret() != null ? WebhookMapper.copyWithoutSecret(w) : entity;
    }
}
