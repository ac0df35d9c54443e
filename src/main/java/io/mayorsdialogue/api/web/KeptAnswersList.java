package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.List;

/**
 * A list envelope ({@code {"items": [...], "next": ...}}, as the generated list models write it) whose items are
 * answers already written as JSON, copied as they are.
 */
@JsonSerialize(using = KeptAnswersList.Writer.class)
public record KeptAnswersList(List<SerializableString> items, String next) {

    static final class Writer extends StdSerializer<KeptAnswersList> {

        Writer() {
            super(KeptAnswersList.class);
        }

        @Override
        public void serialize(KeptAnswersList list, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeArrayFieldStart("items");
            for (SerializableString item : list.items()) {
                gen.writeRawValue(item);
            }
            gen.writeEndArray();
            gen.writeStringField("next", list.next());
            gen.writeEndObject();
        }
    }
}
