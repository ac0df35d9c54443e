package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.common.Languages;

import java.util.LinkedHashMap;

public final class TopicMapper {

    private TopicMapper() {
    }

    public static io.mayorsdialogue.api.model.Topic toApi(Topic e) {
        return new io.mayorsdialogue.api.model.Topic().id(e.id.toString()).title(e.title).description(e.description)
                .titles(new LinkedHashMap<>(e.titles));
    }

    static void apply(io.mayorsdialogue.api.model.Topic in, Topic e) {
        e.title = in.getTitle().strip();
        e.description = in.getDescription();
        e.titles = Languages.normalised(in.getTitles());
    }
}
