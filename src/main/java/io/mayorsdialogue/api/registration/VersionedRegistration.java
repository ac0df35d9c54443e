package io.mayorsdialogue.api.registration;

/** A registration as the API shows it, with the version its ETag is made of. */
public record VersionedRegistration(io.mayorsdialogue.api.model.Registration body, long version) {

    public String etag() {
        return "\"" + version + "\"";
    }
}
