package io.mayorsdialogue.api.sistercity;

import java.time.LocalDate;
import java.util.UUID;

/** A link seen from one city, with the partner's name and both cities' ordinals. */
public record LinkRow(UUID linkId, UUID partnerId, String partnerName, String partnerCountry, Double partnerLatitude,
        Double partnerLongitude, LinkKind kind, LocalDate establishedOn, String note, int ordinal, int partnerOrdinal) {

    /** As the native query's result mapping reads the columns (see CityLink's mappings). */
    public LinkRow(UUID linkId, UUID partnerId, String partnerName, String partnerCountry, Double partnerLatitude,
            Double partnerLongitude, String kind, LocalDate establishedOn, String note, Long ordinal, Long partnerOrdinal) {
        this(linkId, partnerId, partnerName, partnerCountry, partnerLatitude, partnerLongitude, LinkKind.valueOf(kind),
                establishedOn, note, ordinal.intValue(), partnerOrdinal.intValue());
    }
}
