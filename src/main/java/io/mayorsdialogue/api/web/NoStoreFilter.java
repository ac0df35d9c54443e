package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.model.AuditEntryListDto;
import io.mayorsdialogue.api.model.PartnerDto;
import io.mayorsdialogue.api.model.RegistrationDto;
import io.mayorsdialogue.api.model.RegistrationListDto;
import io.mayorsdialogue.api.model.WebhookDto;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers that carry a secret (a partner's key, a webhook's signing secret) or personal data (delegations, the
 * audit trail) must not be kept by any cache, shared or private: {@code Cache-Control: no-store}.
 */
public class NoStoreFilter {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        Object entity = response.getEntity();
        boolean sensitive = entity instanceof PartnerDto p && p.getApiKey() != null
                || entity instanceof WebhookDto w && w.getSecret() != null
                || entity instanceof RegistrationDto || entity instanceof RegistrationListDto || entity instanceof AuditEntryListDto;
        if (sensitive) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
