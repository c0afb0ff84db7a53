package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.contract.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one intake transaction reads once for all its alerts (under their identity locks): the events already
 * stored, the active cases they may join (locked), and which of those cases hold a contact change or a queued
 * notice; kept up to date as the transaction stores its alerts one after another.
 */
final class IntakeBatch {

    private final Set<List<String>> storedEvents = new HashSet<>();
    private final List<FraudCase> cases;
    private final Set<UUID> withContactChange = new HashSet<>();
    private final Set<List<Object>> notices = new HashSet<>();
    private final Identifiers identifiers = new Identifiers();

    private IntakeBatch(List<FraudCase> cases) {
        this.cases = new ArrayList<>(cases);
    }

    static IntakeBatch read(List<CaseIntakeService.Incoming> alerts, Duration joinWindow) {
        Set<String> tenants = new HashSet<>();
        Set<String> eventRefs = new HashSet<>();
        Set<FraudCase.TenantIdentity> identities = new HashSet<>();
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (CaseIntakeService.Incoming incoming : alerts) {
            tenants.add(incoming.alert().tenant());
            eventRefs.add(incoming.eventId().eventRef());
            identities.add(new FraudCase.TenantIdentity(incoming.alert().tenant(), incoming.identity().pseudonym()));
            first = first.isBefore(incoming.alert().occurredAt()) ? first : incoming.alert().occurredAt();
            last = last.isAfter(incoming.alert().occurredAt()) ? last : incoming.alert().occurredAt();
        }
        IntakeBatch batch = new IntakeBatch(FraudCase.lockJoinable(identities, first.minus(joinWindow),
                last.plus(joinWindow)));
        for (Object[] stored : CaseEvent.storedRefs(tenants, eventRefs)) {
            batch.storedEvents.add(List.of((String) stored[0], (String) stored[1]));
        }
        if (!batch.cases.isEmpty()) {
            List<UUID> caseIds = batch.cases.stream().map(c -> c.id).toList();
            batch.withContactChange.addAll(CaseEvent.casesWithType(caseIds, EventType.CONTACT_CHANGE));
            for (Object[] queued : OutboxEmail.templatesOf(caseIds)) {
                batch.notices.add(List.of(queued[0], queued[1]));
            }
        }
        return batch;
    }

    /** False when this event is stored already, before or earlier in this transaction (a redelivery). */
    boolean firstTime(String tenant, String eventRef) {
        return storedEvents.add(List.of(tenant, eventRef));
    }

    /** The active case about this identity whose events lie within [from, to], the latest one; null when none. */
    FraudCase joinable(String tenant, String identityKey, Instant from, Instant to) {
        FraudCase joinable = null;
        for (FraudCase candidate : cases) {
            if (candidate.tenant.equals(tenant) && candidate.identityKey.equals(identityKey)
                    && CaseStatus.ACTIVE.contains(candidate.status)
                    && !candidate.lastEventAt.isBefore(from) && !candidate.firstEventAt.isAfter(to)
                    && (joinable == null || candidate.lastEventAt.isAfter(joinable.lastEventAt))) {
                joinable = candidate;
            }
        }
        return joinable;
    }

    void opened(FraudCase fraudCase) {
        cases.add(fraudCase);
    }

    boolean hasContactChange(UUID caseId) {
        return withContactChange.contains(caseId);
    }

    void contactChanged(UUID caseId) {
        withContactChange.add(caseId);
    }

    /** False when this case has this notice queued already; otherwise counts it as queued now. */
    boolean firstNotice(UUID caseId, String template) {
        return notices.add(List.of(caseId, template));
    }

    void identifiersOf(FraudCase fraudCase, Map<String, String> identityKeys) {
        if (identityKeys != null) {
            identityKeys.forEach((kind, pseudonym) -> {
                if (kind != null && pseudonym != null) {
                    identifiers.add(fraudCase, kind, pseudonym);
                }
            });
        }
    }

    Identifiers identifiers() {
        return identifiers;
    }

    /** The identifier pseudonyms of the transaction's alerts, by case, as columns for one insert. */
    static final class Identifiers {
        private final List<UUID> caseIds = new ArrayList<>();
        private final List<String> tenants = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final List<String> pseudonyms = new ArrayList<>();

        private void add(FraudCase fraudCase, String kind, String pseudonym) {
            caseIds.add(fraudCase.id);
            tenants.add(fraudCase.tenant);
            kinds.add(kind);
            pseudonyms.add(pseudonym);
        }

        boolean isEmpty() {
            return caseIds.isEmpty();
        }

        UUID[] caseIds() {
            return caseIds.toArray(UUID[]::new);
        }

        String[] tenants() {
            return tenants.toArray(String[]::new);
        }

        String[] kinds() {
            return kinds.toArray(String[]::new);
        }

        String[] pseudonyms() {
            return pseudonyms.toArray(String[]::new);
        }
    }
}
