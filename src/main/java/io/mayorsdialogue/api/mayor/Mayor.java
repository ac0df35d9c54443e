package io.mayorsdialogue.api.mayor;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "mayor")
public class Mayor {

    @Id
    public UUID id;

    @Column(name = "full_name", nullable = false, length = 150)
    public String fullName;

    /** Kept folded by the database (V10) for free-text search: never written from Java, never loaded (lazy, never read). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "full_name_folded", insertable = false, updatable = false)
    public String fullNameFolded;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(name = "city_id", nullable = false)
    public UUID cityId;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    /** BCP 47 tags, kept in a PostgreSQL array: read with the row, no join or extra query. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @Version
    public long version;

    /** Whether the term, as far as it is recorded, covers {@code day}: no end recorded is still in office. */
    public boolean inOfficeOn(LocalDate day) {
        return (termStart == null || !termStart.isAfter(day)) && (termEnd == null || !termEnd.isBefore(day));
    }
}
