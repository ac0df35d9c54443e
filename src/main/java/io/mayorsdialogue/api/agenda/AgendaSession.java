package io.mayorsdialogue.api.agenda;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One item of an event's agenda. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "topic_id")
    public UUID topicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SessionFormat format;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(length = 100)
    public String room;

    @Column(name = "moderator_mayor_id")
    public UUID moderatorMayorId;

    /** Loaded for a whole page at once (batch), never one query per session. */
    @ElementCollection
    @CollectionTable(name = "agenda_session_panelist", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "mayor_id")
    @OrderColumn(name = "seq")
    @BatchSize(size = 100)
    public List<UUID> panelists = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @Column(length = 2000)
    public String description;

    @Version
    public long version;

    /** The moderator and the panelists: the mayors who must be free while it runs. */
    public List<UUID> speakers() {
        List<UUID> speakers = new ArrayList<>(panelists);
        if (moderatorMayorId != null) {
            speakers.add(0, moderatorMayorId);
        }
        return speakers;
    }
}
