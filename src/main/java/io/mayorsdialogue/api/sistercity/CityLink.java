package io.mayorsdialogue.api.sistercity;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A link between two cities, stored once with {@code cityA < cityB}. */
@Entity
@Table(name = "city_link")
@SqlResultSetMapping(name = CityLink.LINK_ROWS, classes = @ConstructorResult(targetClass = LinkRow.class, columns = {
        @ColumnResult(name = "id", type = UUID.class), @ColumnResult(name = "partner", type = UUID.class),
        @ColumnResult(name = "name", type = String.class), @ColumnResult(name = "country_code", type = String.class),
        @ColumnResult(name = "latitude", type = Double.class), @ColumnResult(name = "longitude", type = Double.class),
        @ColumnResult(name = "kind", type = String.class), @ColumnResult(name = "established_on", type = LocalDate.class),
        @ColumnResult(name = "note", type = String.class), @ColumnResult(name = "ordinal", type = Long.class),
        @ColumnResult(name = "partner_ordinal", type = Long.class)}))
public class CityLink {

    /** The result mapping of CityLinkRepository's native query. */
    static final String LINK_ROWS = "LinkRow";

    @Id
    public UUID id;

    @Column(name = "city_a", nullable = false)
    public UUID cityA;

    @Column(name = "city_b", nullable = false)
    public UUID cityB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LinkKind kind;

    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    @Column(length = 500)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The pair in storage order: the smaller id first (PostgreSQL's uuid order, which UUID.compareTo does not follow). */
    public static UUID[] ordered(UUID x, UUID y) {
        return uuidLess(x, y) ? new UUID[] {x, y} : new UUID[] {y, x};
    }

    /** PostgreSQL compares uuids as unsigned bytes; Java's compareTo compares signed longs. */
    static boolean uuidLess(UUID x, UUID y) {
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high < 0 : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits()) < 0;
    }
}
