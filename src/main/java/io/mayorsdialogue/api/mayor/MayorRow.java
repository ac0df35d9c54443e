package io.mayorsdialogue.api.mayor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A mayor as the API shows it, read straight from a page's statement (no managed entity). */
record MayorRow(UUID id, String fullName, String title, UUID cityId, LocalDate termStart, LocalDate termEnd,
        List<String> languages) {
}
