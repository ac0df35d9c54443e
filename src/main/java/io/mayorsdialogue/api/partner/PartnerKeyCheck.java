package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.security.Caller;
import io.mayorsdialogue.api.security.PartnerKeyLookup;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets the access filter recognise partner keys without the security package knowing this feature. Remembers, by
 * the key's hash, whom each key it found valid belonged to: a remembered key is never an answer by itself, only a
 * caller to confirm in the change's transaction (AccessFilter), so a key revoked on any instance is refused there.
 */
@Singleton
class PartnerKeyCheck implements PartnerKeyLookup {

    /**
     * More keys than there are partner cities (the bench data set has 20,000), ~230 bytes each; a map that reaches it
     * starts again rather than grow without bound.
     */
    private static final int REMEMBERED_AT_MOST = 50_000;

    private static final String STILL_VALID =
            "select 1 from partner where key_hash = ? and id = ? and city_id = ? and revoked_at is null";

    private final PartnerService partners;
    private final Map<String, Caller> remembered = new ConcurrentHashMap<>();

    PartnerKeyCheck(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public Optional<Caller> partnerFor(String key) {
        Optional<Caller> caller = partners.authenticate(key).map(p -> Caller.partner(p.id(), p.cityId()));
        caller.ifPresent(c -> {
            if (remembered.size() >= REMEMBERED_AT_MOST) {
                remembered.clear();
            }
            remembered.put(PartnerKeys.hash(key), c);
        });
        return caller;
    }

    @Override
    public Optional<Caller> remembered(String key) {
        return Optional.ofNullable(remembered.get(PartnerKeys.hash(key)));
    }

    @Override
    public Confirmation confirmation(String key, Caller caller) {
        return new Confirmation(STILL_VALID, new Object[] {PartnerKeys.hash(key), caller.partnerId(), caller.cityId()});
    }

    @Override
    public void forget(String key) {
        remembered.remove(PartnerKeys.hash(key));
    }
}
