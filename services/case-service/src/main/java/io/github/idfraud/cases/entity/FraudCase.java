package io.github.idfraud.cases.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One case: the alerts about one pseudonymised identity of one tenant within the join window, and how an analyst
 * or the consumer resolved them. Every query goes through the tenant, so one bank never sees another's case.
 */
@Entity
@Table(name = "fraud_case")
public class FraudCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "identity_kind", nullable = false)
    public String identityKind;

    /** The keyed pseudonym of the identity (from the scoring service), never a raw identifier. */
    @Column(name = "identity_key", nullable = false)
    public String identityKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Column(name = "max_score", nullable = false)
    public double maxScore;

    public String assignee;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "first_event_at", nullable = false)
    public Instant firstEventAt;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** How it was closed; null while open. */
    @Enumerated(EnumType.STRING)
    public Disposition disposition;

    @Version
    public long version;

    /** The case of this tenant, or empty: another tenant's case is indistinguishable from a missing one. */
    public static Optional<FraudCase> findForTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    /**
     * The case of this tenant, locked for the rest of the transaction. Every writer (intake, analysts, the email
     * sender, consumer answers) locks the case first, so they queue instead of overwriting each other.
     */
    public static Optional<FraudCase> lockForTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** An identity of one tenant, as a case is about it. */
    public record TenantIdentity(String tenant, String identityKey) {
    }

    /**
     * The active cases about these identities whose events lie within [from, to], locked like {@link #lockForTenant}:
     * the candidates an intake transaction's alerts may join (it picks per alert).
     *
     * <p>One probe of the identity index per identity, whatever the table's statistics say. Written as one query with
     * two IN lists (tenants, identities), the plan depended on them: without column statistics (a young table, or
     * autovacuum off) the (tenant, status) index looked better, and with stale ones a sequential scan did, so every
     * intake transaction read all the active cases (issue 16: 15-25 ms a transaction at 10,000 cases, growing with
     * them). {@code offset 0} keeps the per-identity subquery from being merged into a join the planner could order
     * differently.
     */
    public static List<FraudCase> lockJoinable(Collection<TenantIdentity> identities, Instant from, Instant to) {
        if (identities.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<FraudCase> cases = getEntityManager().createNativeQuery("select c.* from unnest(cast(?1 as varchar[]),"
                        + " cast(?2 as varchar[])) as i(tenant, identity_key)"
                        + " cross join lateral (select * from fraud_case f where f.tenant = i.tenant"
                        + " and f.identity_key = i.identity_key and f.status = any(cast(?3 as varchar[]))"
                        + " and f.last_event_at >= ?4 and f.first_event_at <= ?5 offset 0) as c"
                        + " for no key update of c", FraudCase.class)
                .setParameter(1, identities.stream().map(TenantIdentity::tenant).toArray(String[]::new))
                .setParameter(2, identities.stream().map(TenantIdentity::identityKey).toArray(String[]::new))
                .setParameter(3, CaseStatus.ACTIVE.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(4, from)
                .setParameter(5, to)
                .getResultList();
        return cases;
    }
}
