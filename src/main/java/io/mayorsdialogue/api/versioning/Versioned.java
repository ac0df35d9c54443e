package io.mayorsdialogue.api.versioning;

/** A resource as the API shows it, with the row version its {@code ETag} is made of. */
public record Versioned<T>(T body, long version) {

    public String etag() {
        return "\"" + version + "\"";
    }
}
