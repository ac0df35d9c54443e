package io.mayorsdialogue.api.topic;

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
import java.util.UUID;

@Entity
@Table(name = "topic")
public class Topic {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    /** Kept folded by the database (V10) for free-text search: never written from Java, never loaded (lazy, never read). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "title_folded", insertable = false, updatable = false)
    public String titleFolded;

    @Column(length = 2000)
    public String description;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "description_folded", insertable = false, updatable = false)
    public String descriptionFolded;

    /** The title in other languages, keyed by BCP 47 tag. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> titles = new LinkedHashMap<>();

    @Version
    public long version;
}
