package io.github.idfraud.cases.entity;

import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A label this service produced (analyst outcome or consumer answer). The table is both the export source and
 * the outbox of the labels stream: {@code publishedAt} is set once the entry is on the stream.
 */
@Entity
@Table(name = "case_label")
public class CaseLabel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The labelled event's reference and sealed id, as its {@link CaseEvent} keeps them. */
    @Column(name = "event_ref", nullable = false)
    public String eventRef;

    @Column(name = "sealed_event_id", nullable = false)
    public String sealedEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LabelValue label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LabelSource source;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "stream_entry_id")
    public String streamEntryId;

    public static boolean exists(String tenant, String eventRef, LabelSource source) {
        return count("tenant = ?1 and eventRef = ?2 and source = ?3", tenant, eventRef, source) > 0;
    }

    /** Up to {@code limit} unpublished labels, locked; rows another publisher holds are skipped. */
    @SuppressWarnings("unchecked")
    public static List<CaseLabel> lockUnpublished(int limit) {
        return getEntityManager().createNativeQuery(
                        "select * from case_label where published_at is null order by id limit ?1 for update skip locked",
                        CaseLabel.class)
                .setParameter(1, limit)
                .getResultList();
    }

    public static List<CaseLabel> exportable(String tenant, Instant since, int limit) {
        return find("tenant = ?1 and reportedAt >= ?2 order by reportedAt, id", tenant, since).page(0, limit).list();
    }
}
