package io.mayorsdialogue.api.topic;

public final class TopicMapper {

    private TopicMapper() {
    }

    public static io.mayorsdialogue.api.model.Topic toApi(Topic e) {
        return new io.mayorsdialogue.api.model.Topic().id(e.id.toString()).title(e.title).description(e.description);
    }

    static void apply(io.mayorsdialogue.api.model.Topic in, Topic e) {
        e.title = in.getTitle().strip();
        e.description = in.getDescription();
    }
}
