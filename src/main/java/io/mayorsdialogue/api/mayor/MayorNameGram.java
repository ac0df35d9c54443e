package io.mayorsdialogue.api.mayor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One 3-character piece of a mayor's folded name (or '', which every name has), with the name a search page sorts
 * by and the other columns the page shows: the name search walks these rows in name order instead of every name, and
 * reads its page from them. The database keeps them (triggers in V16__mayor_name_grams.sql and
 * V19__mayor_name_gram_page_columns.sql); the service only reads them.
 */
@Entity
@Immutable
@Table(name = "mayor_name_gram")
@IdClass(MayorNameGram.Key.class)
public class MayorNameGram {

    @Id
    public String gram;

    @Id
    @Column(name = "mayor_id")
    public UUID mayorId;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "full_name_folded")
    public String fullNameFolded;

    public String title;

    @Column(name = "city_id")
    public UUID cityId;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;

    public record Key(String gram, UUID mayorId) implements Serializable {
    }
}
