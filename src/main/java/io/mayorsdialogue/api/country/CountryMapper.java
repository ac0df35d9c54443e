package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.common.Languages;

import java.util.LinkedHashMap;

final class CountryMapper {

    private CountryMapper() {
    }

    static io.mayorsdialogue.api.model.Country toApi(Country e) {
        return new io.mayorsdialogue.api.model.Country().code(e.code).name(e.name).region(e.region)
                .names(new LinkedHashMap<>(e.names));
    }

    static void apply(io.mayorsdialogue.api.model.Country in, Country e) {
        e.name = in.getName().strip();
        e.region = in.getRegion() == null ? null : in.getRegion().strip();
        e.names = Languages.normalised(in.getNames());
    }
}
