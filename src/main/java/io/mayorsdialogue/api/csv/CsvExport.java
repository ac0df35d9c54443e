package io.mayorsdialogue.api.csv;

import java.io.IOException;
import java.io.Writer;

/** A spreadsheet written to the response as it is read, so a large one never sits whole in memory. */
@FunctionalInterface
public interface CsvExport {

    void writeTo(Writer out) throws IOException;

    /** A sheet small enough to build first (an event's agenda or meetings). */
    static CsvExport of(String whole) {
        return out -> out.write(whole);
    }
}
