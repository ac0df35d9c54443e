package io.mayorsdialogue.api.mayor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.UUID;

/**
 * One 3-character piece of a mayor's folded name (or '', which every name has), with the name a search page sorts
 * by: the name search walks these rows in name order instead of every name. The database keeps them (trigger in
 * V16__mayor_name_grams.sql); the service only reads them.
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

    public record Key(String gram, UUID mayorId) implements Serializable {
    }
}
