package io.mayorsdialogue.api.sistercity;

import io.mayorsdialogue.api.model.LinkKind;

import java.time.LocalDate;
import java.util.UUID;

/** A link seen from one city, with the partner's name and both cities' ordinals. */
public record LinkRow(UUID linkId, UUID partnerId, String partnerName, String partnerCountry, Double partnerLatitude,
        Double partnerLongitude, LinkKind kind, LocalDate establishedOn, String note, int ordinal, int partnerOrdinal) {
}
