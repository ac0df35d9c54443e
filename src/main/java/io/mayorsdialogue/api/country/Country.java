package io.mayorsdialogue.api.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 100)
    public String region;

    @Version
    public long version;
}
