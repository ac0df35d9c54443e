package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.common.Languages;

import java.util.LinkedHashMap;

final class CityMapper {

    private CityMapper() {
    }

    static io.mayorsdialogue.api.model.City toApi(City e) {
        return new io.mayorsdialogue.api.model.City()
                .id(e.id.toString())
                .name(e.name)
                .localName(e.localName)
                .countryCode(e.countryCode)
                .adminLevel(e.adminLevel)
                .timeZone(e.timeZone)
                .latitude(e.latitude)
                .longitude(e.longitude)
                .names(new LinkedHashMap<>(e.names));
    }

    static void apply(io.mayorsdialogue.api.model.City in, City e) {
        e.name = in.getName().strip();
        e.localName = in.getLocalName() == null ? null : in.getLocalName().strip();
        e.countryCode = in.getCountryCode();
        e.adminLevel = in.getAdminLevel();
        e.timeZone = in.getTimeZone();
        e.latitude = in.getLatitude();
        e.longitude = in.getLongitude();
        e.names = Languages.normalised(in.getNames());
    }
}
