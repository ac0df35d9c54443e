package io.mayorsdialogue.api.city;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "city")
public class City {

    @Id
    public UUID id;

    @Column(nullable = false, length = 120)
    public String name;

    /** Kept folded by the database (V10) for free-text search: never written from Java, never loaded (lazy, never read). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "name_folded", insertable = false, updatable = false)
    public String nameFolded;

    @Column(name = "local_name", length = 120)
    public String localName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "local_name_folded", insertable = false, updatable = false)
    public String localNameFolded;

    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_level", nullable = false, length = 16)
    public AdminLevel adminLevel;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    public Double latitude;

    public Double longitude;

    /** The name in other languages, keyed by BCP 47 tag. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names = new LinkedHashMap<>();

    @Version
    public long version;
}
