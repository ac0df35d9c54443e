package io.mayorsdialogue.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mayorsdialogue.api.model.AttendeeList;
import io.mayorsdialogue.api.model.CityList;
import io.mayorsdialogue.api.model.CountryList;
import io.mayorsdialogue.api.model.EventList;
import io.mayorsdialogue.api.model.MayorList;
import io.mayorsdialogue.api.model.PartnerList;
import io.mayorsdialogue.api.model.RegistrationList;
import io.mayorsdialogue.api.model.SisterCityList;
import io.mayorsdialogue.api.model.TopicList;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Unset optional fields are left out of responses (non_null, application.properties), but a list's {@code next}
 * is always written, as {@code null} on the last page: the conventions promise the key, and clients test it.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** Every list envelope of the contract; JsonConfigTest fails when the contract gains one that is not here. */
    static final List<Class<?>> LIST_ENVELOPES = List.of(CountryList.class, CityList.class, MayorList.class,
            TopicList.class, EventList.class, AttendeeList.class, PartnerList.class, RegistrationList.class, SisterCityList.class);

    @Override
    public void customize(ObjectMapper mapper) {
        JsonInclude.Value always = JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
        LIST_ENVELOPES.forEach(type -> mapper.configOverride(type).setInclude(always));
    }
}
