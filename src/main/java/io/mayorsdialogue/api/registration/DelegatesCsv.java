package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.city.CitySummary;
import io.mayorsdialogue.api.csv.Csv;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organiser's spreadsheet of delegates: one row for each delegation's head, then one per member (escaped by Csv).
 */
final class DelegatesCsv {

    static final String HEADER = "registrationId,cityId,cityName,countryCode,status,fullName,role,email,languages";

    private DelegatesCsv() {
    }

    /** The rows of a batch of registrations; {@code heads}: head mayor id → full name. */
    static String rows(List<Registration> registrations, Map<UUID, CitySummary> cities, Map<UUID, String> heads) {
        StringBuilder csv = new StringBuilder();
        for (Registration r : registrations) {
            CitySummary summary = cities.get(r.cityId);
            String[] city = summary == null ? new String[] {"", ""} : new String[] {summary.name(), summary.countryCode()};
            String headName = r.representativeName != null ? r.representativeName : heads.getOrDefault(r.headMayorId, "");
            String headRole = r.representativeName != null ? "HEAD (" + r.representativeTitle + ")" : "HEAD";
            row(csv, r, city, headName, headRole, "", "");
            for (Delegate d : r.delegates) {
                row(csv, r, city, d.fullName, d.role.name(), d.email == null ? "" : d.email, String.join(" ", d.languages));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Registration r, String[] city, String name, String role, String email,
            String languages) {
        Csv.row(csv, r.id.toString(), r.cityId.toString(), city[0], city[1], r.status.name(), name, role, email, languages);
    }
}
