package io.mayorsdialogue.api.registration;

import jakarta.persistence.CollectionTable;
import io.mayorsdialogue.api.counts.KeyCount;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A city's delegation to an event. Its status changes only through the workflow actions in RegistrationService and
 * through the Waitlist, which promotes it when a place frees up.
 */
@Entity
@Table(name = "registration")
@SqlResultSetMapping(name = Registration.KEY_COUNTS, classes = @ConstructorResult(targetClass = KeyCount.class, columns = {
        @ColumnResult(name = "key", type = String.class), @ColumnResult(name = "count", type = Long.class)}))
public class Registration {

    /** Maps {@code key, count} rows of a native aggregate to KeyCount. */
    static final String KEY_COUNTS = "RegistrationKeyCount";

    /**
     * The statuses that take one of the event's places (its capacity counts delegations). The database's count of
     * them (PlacesHeld) lists the same statuses in V12__places_held.sql.
     */
    public static final Set<RegistrationStatus> HOLDS_PLACE =
            EnumSet.of(RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN);
    /** The statuses whose head mayor counts as attending the event. */
    public static final Set<RegistrationStatus> ATTENDING = EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN);
    /** The statuses that block the same city from registering again. */
    public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(RegistrationStatus.PENDING,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.CHECKED_IN);

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "city_id", nullable = false)
    public UUID cityId;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RegistrationStatus status;

    @Column(name = "head_mayor_id")
    public UUID headMayorId;

    @Column(name = "representative_name", length = 150)
    public String representativeName;

    @Column(name = "representative_title", length = 100)
    public String representativeTitle;

    @Column(length = 2000)
    public String notes;

    /** Loaded for a whole page at once (batch), never one query per registration. */
    @ElementCollection
    @CollectionTable(name = "registration_delegate", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "seq")
    @BatchSize(size = 100)
    public List<Delegate> delegates = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
