package io.mayorsdialogue.api.city;

import io.mayorsdialogue.api.i18n.Languages;
import io.mayorsdialogue.api.model.AdminLevelDto;
import io.mayorsdialogue.api.model.CityDto;

import java.util.LinkedHashMap;

final class CityMapper {

    private CityMapper() {
    }

    static CityDto toApi(City e) {
        return new CityDto()
                .id(e.id.toString())
                .name(e.name)
                .localName(e.localName)
                .countryCode(e.countryCode)
                .adminLevel(AdminLevelDto.valueOf(e.adminLevel.name()))
                .timeZone(e.timeZone)
                .latitude(e.latitude)
                .longitude(e.longitude)
                .names(new LinkedHashMap<>(e.names));
    }

    static void apply(CityDto in, City e) {
        e.name = in.getName().strip();
        e.localName = in.getLocalName() == null ? null : in.getLocalName().strip();
        e.countryCode = in.getCountryCode();
        e.adminLevel = AdminLevel.valueOf(in.getAdminLevel().name());
        e.timeZone = in.getTimeZone();
        e.latitude = in.getLatitude();
        e.longitude = in.getLongitude();
        e.names = Languages.normalised(in.getNames());
    }
}
