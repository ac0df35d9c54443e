package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.model.MayorDto;
import java.util.LinkedHashSet;
import java.util.UUID;

final class MayorMapper {

    private MayorMapper() {
    }

    static MayorDto toApi(Mayor e) {
        return toApi(new MayorRow(e.id, e.fullName, e.title, e.cityId, e.termStart, e.termEnd, e.languages));
    }

    static MayorDto toApi(MayorRow m) {
        return new MayorDto()
                .id(m.id().toString())
                .fullName(m.fullName())
                .title(m.title())
                .cityId(m.cityId().toString())
                .termStart(m.termStart())
                .termEnd(m.termEnd())
                .languages(new LinkedHashSet<>(m.languages()));
    }

    static void apply(MayorDto in, Mayor e, UUID cityId) {
        e.fullName = in.getFullName().strip();
        e.title = in.getTitle().strip();
        e.cityId = cityId;
        e.termStart = in.getTermStart();
        e.termEnd = in.getTermEnd();
        e.languages = Languages.canonicalTags(in.getLanguages());
    }
}
