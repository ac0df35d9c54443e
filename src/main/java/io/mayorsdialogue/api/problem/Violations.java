package io.mayorsdialogue.api.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every rule a request breaks, so the client learns of all of them in one 422 rather than one at a time. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new FieldViolation(field, message));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ApiProblem.unprocessable(found);
        }
    }
}
