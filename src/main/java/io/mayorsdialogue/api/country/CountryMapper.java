package io.mayorsdialogue.api.country;

import io.mayorsdialogue.api.model.CountryDto;
import io.mayorsdialogue.api.i18n.Languages;

import java.util.LinkedHashMap;

final class CountryMapper {

    private CountryMapper() {
    }

    static CountryDto toApi(Country e) {
        return new CountryDto().code(e.code).name(e.name).region(e.region)
                .names(new LinkedHashMap<>(e.names));
    }

    static void apply(CountryDto in, Country e) {
        e.name = in.getName().strip();
        e.region = in.getRegion() == null ? null : in.getRegion().strip();
        e.names = Languages.normalised(in.getNames());
    }
}
