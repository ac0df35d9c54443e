package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.model.Representative;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

final class RegistrationMapper {

    private RegistrationMapper() {
    }

    static io.mayorsdialogue.api.model.Registration toApi(Registration r) {
        return new io.mayorsdialogue.api.model.Registration()
                .id(r.id.toString())
                .eventId(r.eventId.toString())
                .cityId(r.cityId.toString())
                .status(r.status)
                .headMayorId(r.headMayorId == null ? null : r.headMayorId.toString())
                .representative(r.representativeName == null ? null
                        : new Representative().fullName(r.representativeName).title(r.representativeTitle))
                .delegates(r.delegates.stream().map(RegistrationMapper::toApi).toList())
                .notes(r.notes)
                .createdAt(r.createdAt.atOffset(ZoneOffset.UTC));
    }

    /** Writable fields only: id, eventId, cityId, status and createdAt in a body are ignored. */
    static void apply(io.mayorsdialogue.api.model.Registration in, Registration r, UUID headMayorId) {
        r.headMayorId = headMayorId;
        Representative rep = in.getRepresentative();
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

    private static io.mayorsdialogue.api.model.Delegate toApi(Delegate d) {
        return new io.mayorsdialogue.api.model.Delegate()
                .fullName(d.fullName)
                .role(d.role)
                .email(d.email)
                .languages(new LinkedHashSet<>(d.languages));
    }

    private static Delegate toEntity(io.mayorsdialogue.api.model.Delegate in) {
        Delegate d = new Delegate();
        d.fullName = in.getFullName().strip();
        d.role = in.getRole();
        d.email = in.getEmail();
        d.languages = in.getLanguages() == null ? new ArrayList<>() : new ArrayList<>(in.getLanguages());
        return d;
    }
}
