package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.idempotency.ReplayRedaction;
import io.mayorsdialogue.api.model.PartnerDto;
import jakarta.inject.Singleton;

/** A partner's API key is shown once and stored only as a hash: a replayed create answers without it. */
@Singleton
class PartnerKeyRedaction implements ReplayRedaction {

    @Override
    public Object redact(Object entity) {
        if (entity instanceof PartnerDto p && p.getApiKey() != null) {
            return new PartnerDto().id(p.getId()).cityId(p.getCityId()).name(p.getName()).keyPrefix(p.getKeyPrefix())
                    .createdAt(p.getCreatedAt()).revokedAt(p.getRevokedAt());
        }
        return entity;
    }
}
