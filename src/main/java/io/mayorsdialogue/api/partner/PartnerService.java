package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.common.Times;
import io.mayorsdialogue.api.city.City;
import io.mayorsdialogue.api.city.CityService;
import io.mayorsdialogue.api.common.ApiProblem;
import io.mayorsdialogue.api.common.Cursor;
import io.mayorsdialogue.api.common.Ids;
import io.mayorsdialogue.api.common.Page;
import io.mayorsdialogue.api.common.PageRequest;
import io.mayorsdialogue.api.common.Violations;
import io.mayorsdialogue.api.security.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PartnerService {

    private final PartnerRepository partners;
    private final CityService cities;

    PartnerService(PartnerRepository partners, CityService cities) {
        this.partners = partners;
        this.cities = cities;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<io.mayorsdialogue.api.model.Partner> list(String cityId, PageRequest page) {
        Optional<UUID> city = Ids.parse(cityId);
        if (cityId != null && city.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return Page.of(partners.page(city.orElse(null), page), page, p -> new Cursor(p.createdAt.toString(), p.id.toString()),
                PartnerService::toApi);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public io.mayorsdialogue.api.model.Partner get(String id) {
        return toApi(find(id));
    }

    /** The only answer that carries the key itself. */
    public io.mayorsdialogue.api.model.Partner create(io.mayorsdialogue.api.model.Partner in) {
        Optional<City> city = cities.findReference(in.getCityId());
        new Violations()
                .check(city.isPresent(), "cityId", "names no city ('" + in.getCityId() + "')")
                .check(!in.getName().isBlank(), "name", "must not be blank")
                .throwIfAny();
        String key = ApiKeys.generate();
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.cityId = city.get().id;
        p.name = in.getName().strip();
        p.keyHash = ApiKeys.hash(key);
        p.keyPrefix = ApiKeys.displayPrefix(key);
        p.createdAt = Times.now();
        partners.persistAndFlush(p);
        return toApi(p).apiKey(key);
    }

    /** Idempotent: revoking a revoked key keeps its first revocation time. */
    public void revoke(String id) {
        Partner p = find(id);
        if (p.revokedAt == null) {
            p.revokedAt = Times.now();
        }
    }

    private Partner find(String id) {
        return Ids.parse(id).flatMap(partners::findByIdOptional).orElseThrow(() -> ApiProblem.notFound("partner", id));
    }

    private static io.mayorsdialogue.api.model.Partner toApi(Partner p) {
        return new io.mayorsdialogue.api.model.Partner()
                .id(p.id.toString())
                .cityId(p.cityId.toString())
                .name(p.name)
                .keyPrefix(p.keyPrefix)
                .createdAt(p.createdAt.atOffset(ZoneOffset.UTC))
                .revokedAt(p.revokedAt == null ? null : p.revokedAt.atOffset(ZoneOffset.UTC));
    }
}
