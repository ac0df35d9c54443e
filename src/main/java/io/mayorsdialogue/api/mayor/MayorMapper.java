package io.mayorsdialogue.api.mayor;

import io.mayorsdialogue.api.model.MayorDto;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.UUID;

final class MayorMapper {

    private MayorMapper() {
    }

    static MayorDto toApi(Mayor e) {
        return new MayorDto()
                .id(e.id.toString())
                .fullName(e.fullName)
                .title(e.title)
                .cityId(e.cityId.toString())
                .termStart(e.termStart)
                .termEnd(e.termEnd)
                .languages(new LinkedHashSet<>(e.languages));
    }

    static void apply(MayorDto in, Mayor e, UUID cityId) {
        e.fullName = in.getFullName().strip();
        e.title = in.getTitle().strip();
        e.cityId = cityId;
        e.termStart = in.getTermStart();
        e.termEnd = in.getTermEnd();
        e.languages = in.getLanguages() == null ? new ArrayList<>() : new ArrayList<>(in.getLanguages());
    }
}
