package io.mayorsdialogue.api.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "topic")
public class Topic {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Version
    public long version;
}
