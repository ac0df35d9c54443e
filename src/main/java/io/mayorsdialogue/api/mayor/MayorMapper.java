package io.mayorsdialogue.api.mayor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.UUID;

final class MayorMapper {

    private MayorMapper() {
    }

    static io.mayorsdialogue.api.model.Mayor toApi(Mayor e) {
        return new io.mayorsdialogue.api.model.Mayor()
                .id(e.id.toString())
                .fullName(e.fullName)
                .title(e.title)
                .cityId(e.cityId.toString())
                .termStart(e.termStart)
                .termEnd(e.termEnd)
                .languages(new LinkedHashSet<>(e.languages));
    }

    static void apply(io.mayorsdialogue.api.model.Mayor in, Mayor e, UUID cityId) {
        e.fullName = in.getFullName().strip();
        e.title = in.getTitle().strip();
        e.cityId = cityId;
        e.termStart = in.getTermStart();
        e.termEnd = in.getTermEnd();
        e.languages = in.getLanguages() == null ? new ArrayList<>() : new ArrayList<>(in.getLanguages());
    }
}
