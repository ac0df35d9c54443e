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
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Unset optional fields are left out of responses (non_null, application.properties), but a list's {@code next}
 * is always written, as {@code null} on the last page: the conventions promise the key, and clients test it.
 * Requests are read strictly where the contract is: no {@code null} inside an array (no item schema admits one),
 * and no NUL character in a string (PostgreSQL cannot store it); both are the client's error, 400 naming the field.
 * A value of another JSON type than its schema's is refused too, instead of converted: Jackson would store
 * {@code "title": 123} as "123", {@code "capacity": "5"} as 5, {@code "capacity": 1.5} as 1 and a number as a date.
 * Anything after the JSON value is malformed JSON, not ignored.
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
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()));
        // after Quarkus's date module, so these win; its readers take epoch numbers and [2025, 7, 19] arrays too
        mapper.registerModule(new SimpleModule("dates-as-text-only")
                .addDeserializer(OffsetDateTime.class, new TextOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE)));
        mapper.registerModule(new SimpleModule("iso-offset-date-times").addSerializer(OffsetDateTime.class, new OffsetDateTimeWriter()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A date read as Jackson's date module reads it, from RFC 3339 text only (years 0000 to 9999). */
    static final class TextOnly<T> extends StdScalarDeserializer<T> {

        private final transient JsonDeserializer<T> text;

        TextOnly(Class<T> type, JsonDeserializer<T> text) {
            super(type);
            this.text = text;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            T value = text.deserialize(parser, context);
            int year = value instanceof OffsetDateTime at ? at.getYear() : value instanceof LocalDate day ? day.getYear() : 0;
            if (year < 0 || year > 9999) { // RFC 3339's years have four digits; a signed one would come back unreadable
                throw InvalidFormatException.from(parser, "year outside 0000-9999", parser.getText(), handledType());
            }
            return value;
        }
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
