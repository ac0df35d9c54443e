package io.mayorsdialogue.api.country;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    /** Kept folded by the database (V10) for free-text search: never written from Java, never loaded (lazy, never read). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "name_folded", insertable = false, updatable = false)
    public String nameFolded;

    @Column(length = 100)
    public String region;

    /** The name in other languages, keyed by BCP 47 tag. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names = new LinkedHashMap<>();

    @Version
    public long version;
}
