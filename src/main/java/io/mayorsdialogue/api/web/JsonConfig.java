package io.mayorsdialogue.api.web;

import io.mayorsdialogue.api.model.AttendeeListDto;
import io.mayorsdialogue.api.model.AuditEntryListDto;
import io.mayorsdialogue.api.model.CityListDto;
import io.mayorsdialogue.api.model.CountryListDto;
import io.mayorsdialogue.api.model.EventListDto;
import io.mayorsdialogue.api.model.MayorListDto;
import io.mayorsdialogue.api.model.MeetingListDto;
import io.mayorsdialogue.api.model.PartnerListDto;
import io.mayorsdialogue.api.model.RegistrationListDto;
import io.mayorsdialogue.api.model.SessionListDto;
import io.mayorsdialogue.api.model.SisterCityListDto;
import io.mayorsdialogue.api.model.TopicListDto;
import io.mayorsdialogue.api.model.WebhookDeliveryListDto;
import io.mayorsdialogue.api.model.WebhookListDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Unset optional fields are left out of responses (non_null, application.properties), but a list's {@code next}
 * is always written, as {@code null} on the last page: the conventions promise the key, and clients test it.
 * Requests are read strictly where the contract is: no {@code null} inside an array (no item schema admits one),
 * and no NUL character in a string (PostgreSQL cannot store it); both are the client's error, 400 naming the field.
 * Dates are written as Jackson writes them, by a cheaper writer ({@link OffsetDateTimeWriter}).
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** Every list envelope of the contract; JsonConfigTest fails when the contract gains one that is not here. */
    static final List<Class<?>> LIST_ENVELOPES = List.of(CountryListDto.class, CityListDto.class, MayorListDto.class,
            TopicListDto.class, EventListDto.class, AttendeeListDto.class, PartnerListDto.class, RegistrationListDto.class, SisterCityListDto.class,
            SessionListDto.class, MeetingListDto.class, WebhookListDto.class, WebhookDeliveryListDto.class, AuditEntryListDto.class);

    /** After Quarkus's own customizer, which registers Jackson's date module: the later module's date writer wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        JsonInclude.Value always = JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
        LIST_ENVELOPES.forEach(type -> mapper.configOverride(type).setInclude(always));
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()));
        mapper.registerModule(new SimpleModule("iso-offset-date-times").addSerializer(OffsetDateTime.class, new OffsetDateTimeWriter()));
    }

    /** Strings as Jackson reads them, refusing the NUL character (\u0000), which no text column can hold. */
    static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "contains the NUL character (\\u0000)", "\\u0000", String.class);
            }
            return value;
        }
    }
}
