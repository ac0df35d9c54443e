package io.mayorsdialogue.api.topic;

import io.mayorsdialogue.api.model.TopicDto;
import io.mayorsdialogue.api.i18n.Languages;

import java.util.LinkedHashMap;

final class TopicMapper {

    private TopicMapper() {
    }

    static TopicDto toApi(Topic e) {
        return new TopicDto().id(e.id.toString()).title(e.title).description(e.description)
                .titles(new LinkedHashMap<>(e.titles));
    }

    static void apply(TopicDto in, Topic e) {
        e.title = in.getTitle().strip();
        e.description = in.getDescription();
        e.titles = Languages.normalised(in.getTitles());
    }
}
