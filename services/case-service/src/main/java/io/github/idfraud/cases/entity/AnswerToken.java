package io.github.idfraud.cases.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The server side of one signed answer link: which case and event it is about, and whether it was used. */
@Entity
@Table(name = "answer_token")
public class AnswerToken extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "email_id", nullable = false)
    public Long emailId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "case_event_id", nullable = false)
    public Long caseEventId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Enumerated(EnumType.STRING)
    public ConsumerAnswer answer;

    public static Optional<AnswerToken> forEmail(Long emailId) {
        return find("emailId", emailId).firstResultOptional();
    }

    /** Locked, so two answers racing on one link cannot both count. */
    public static Optional<AnswerToken> lockById(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
