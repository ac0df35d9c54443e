package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.model.PartnerDto;
import io.mayorsdialogue.api.time.Times;
import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.paging.Page;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.problem.Violations;
import io.mayorsdialogue.api.partner.PartnerKeys;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Transactional
public class PartnerService {

    private final PartnerRepository partners;
    private final CityService cities;
    private final jakarta.enterprise.event.Event<PartnerRevoked> revoked;

    PartnerService(PartnerRepository partners, CityService cities, jakarta.enterprise.event.Event<PartnerRevoked> revoked) {
        this.partners = partners;
        this.cities = cities;
        this.revoked = revoked;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartnerDto> list(String cityId, PageRequest page) {
        Optional<UUID> city = Ids.parse(cityId);
        if (cityId != null && city.isEmpty()) {
            return Page.empty();
        }
        return Page.of(partners.page(city.orElse(null), page), page, p -> PartnerRepository.BY_CREATED.cursorAfter(p, p.id.toString()),
                PartnerService::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerDto get(String id) {
        return toApi(find(id));
    }

    /** The only answer that carries the key itself. */
    public PartnerDto create(PartnerDto in) {
        Optional<City> city = cities.findById(in.getCityId());
        new Violations()
                .check(city.isPresent(), "cityId", "names no city ('" + in.getCityId() + "')")
                .check(!in.getName().isBlank(), "name", "must not be blank")
                .throwIfAny();
        String key = PartnerKeys.generate();
        Partner p = new Partner();
        p.id = Ids.newId();
        p.cityId = city.get().id;
        p.name = in.getName().strip();
        p.keyHash = PartnerKeys.hash(key);
        p.keyPrefix = PartnerKeys.displayPrefix(key);
        p.createdAt = Times.now();
        partners.persistAndFlush(p);
        return toApi(p).apiKey(key);
    }

    /** The partner a presented API key belongs to, while the key is not revoked; checked on every partner request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActivePartner> authenticate(String key) {
        if (!key.startsWith(PartnerKeys.PREFIX)) {
            return Optional.empty();
        }
        return partners.findActiveByKeyHash(PartnerKeys.hash(key)).map(p -> new ActivePartner(p.id, p.cityId));
    }

    /** Idempotent: revoking a revoked key keeps its first revocation time. */
    public void revoke(String id) {
        Partner p = find(id);
        if (p.revokedAt == null) {
            p.revokedAt = Times.now();
            revoked.fire(new PartnerRevoked(p.id));
        }
    }

    private Partner find(String id) {
        return Ids.parse(id).flatMap(partners::findByIdOptional).orElseThrow(() -> ApiProblem.notFound("partner", id));
    }

    private static PartnerDto toApi(Partner p) {
        return new PartnerDto()
                .id(p.id.toString())
                .cityId(p.cityId.toString())
                .name(p.name)
                .keyPrefix(p.keyPrefix)
                .createdAt(p.createdAt.atOffset(ZoneOffset.UTC))
                .revokedAt(p.revokedAt == null ? null : p.revokedAt.atOffset(ZoneOffset.UTC));
    }
}
