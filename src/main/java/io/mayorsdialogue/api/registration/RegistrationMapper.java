package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.model.DelegateDto;
import io.mayorsdialogue.api.model.DelegateRoleDto;
import io.mayorsdialogue.api.model.RegistrationDto;
import io.mayorsdialogue.api.model.RegistrationStatusDto;
import io.mayorsdialogue.api.model.RepresentativeDto;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

final class RegistrationMapper {

    private RegistrationMapper() {
    }

    static RegistrationDto toApi(Registration r) {
        return new RegistrationDto()
                .id(r.id.toString())
                .eventId(r.eventId.toString())
                .cityId(r.cityId.toString())
                .status(RegistrationStatusDto.valueOf(r.status.name()))
                .headMayorId(r.headMayorId == null ? null : r.headMayorId.toString())
                .representative(r.representativeName == null ? null
                        : new RepresentativeDto().fullName(r.representativeName).title(r.representativeTitle))
                .delegates(r.delegates.stream().map(RegistrationMapper::toApi).toList())
                .notes(r.notes)
                .createdAt(r.createdAt.atOffset(ZoneOffset.UTC));
    }

    /** Writable fields only: id, eventId, cityId, status and createdAt in a body are ignored. */
    static void apply(RegistrationDto in, Registration r, UUID headMayorId) {
        r.headMayorId = headMayorId;
        RepresentativeDto rep = in.getRepresentative();
        r.representativeName = rep == null ? null : rep.getFullName().strip();
        r.representativeTitle = rep == null ? null : rep.getTitle().strip();
        r.notes = in.getNotes();
        List<Delegate> delegates = new ArrayList<>();
        if (in.getDelegates() != null) {
            in.getDelegates().forEach(d -> delegates.add(toEntity(d)));
        }
        r.delegates.clear();
        r.delegates.addAll(delegates);
    }

    private static DelegateDto toApi(Delegate d) {
        return new DelegateDto()
                .fullName(d.fullName)
                .role(DelegateRoleDto.valueOf(d.role.name()))
                .email(d.email)
                .languages(new LinkedHashSet<>(d.languages));
    }

    private static Delegate toEntity(DelegateDto in) {
        Delegate d = new Delegate();
        d.fullName = in.getFullName().strip();
        d.role = DelegateRole.valueOf(in.getRole().name());
        d.email = in.getEmail();
        d.languages = Languages.canonicalTags(in.getLanguages());
        return d;
    }
}
