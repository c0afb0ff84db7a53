package io.github.idfraud.loadgen.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.harness.PreparedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Renders the pool's events into request bodies for one run, an event a request or a batch of them: every event gets
 * a fresh event id (so the service's idempotency never answers from its store) and the event time of its pass over
 * the pool. A cursor runs on across runs, so consecutive runs continue the simulated history instead of replaying
 * its start.
 */
public final class RequestFactory {

    private final EventPool pool;
    private final Map<String, String> authorizationByTenant;
    private final String idPrefix;
    private final ObjectMapper json = ContractJson.newMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final List<Run> runs = new ArrayList<>();
    private long cursor;

    /**
     * @param tenantKeys API key of each tenant in the pool
     * @param idPrefix   start of every event id this factory makes, unique per suite run (e.g. {@code bench-1a2b})
     */
    public RequestFactory(EventPool pool, Map<String, String> tenantKeys, String idPrefix) {
        this.pool = pool;
        this.idPrefix = idPrefix;
        this.authorizationByTenant = new java.util.HashMap<>();
        for (String tenant : pool.tenants()) {
            String key = tenantKeys.get(tenant);
            if (key == null) {
                throw new IllegalArgumentException("no API key for tenant " + tenant + " of the event pool");
            }
            authorizationByTenant.put(tenant, "Bearer " + key);
        }
    }

    /** The next {@code count} events as timed requests to {@code path}, tagged {@code <idPrefix>-<runTag>-<n>}. */
    public List<PreparedRequest> prepare(String runTag, int count, String path) {
        List<PreparedRequest> requests = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            requests.add(PreparedRequest.timed(path, authorizationByTenant.get(entry(cursor + n).tenant()),
                    write(fresh(runTag, n))));
        }
        issue(runTag, count);
        return requests;
    }

    /**
     * The next {@code count} events as one body of {@code POST path} ({@code {"events": [...]}}), in the pool's time
     * order and tagged as {@link #prepare} tags them. A batch goes with one tenant's key, so the pool must be one
     * tenant's ({@link EventPool#ofTenant}).
     */
    public PreparedBatch prepareBatch(String runTag, int count, String path) {
        if (authorizationByTenant.size() != 1) {
            throw new IllegalStateException("a batch is one tenant's events; this pool has " + pool.tenants());
        }
        List<Event> events = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            events.add(fresh(runTag, n));
        }
        issue(runTag, count);
        return new PreparedBatch(PreparedRequest.untimed(path, authorizationByTenant.values().iterator().next(),
                write(new BatchBody(events))), events.stream().map(Event::eventId).toList());
    }

    /** Every (tenant, eventId) handed out so far, so the suite can remove what the service stored about them. */
    public void forEachIssued(BiConsumer<String, String> tenantAndEventId) {
        for (Run run : runs) {
            for (int n = 0; n < run.count; n++) {
                tenantAndEventId.accept(entry(run.firstPosition + n).tenant(), eventId(run.runTag, n));
            }
        }
    }

    /** How many events were handed out so far. */
    public long issued() {
        return cursor;
    }

    private EventPool.Entry entry(long position) {
        return pool.get((int) (position % pool.size()));
    }

    /** The {@code n}-th event from the cursor with its fresh id, moved forward in event time by its pass. */
    private Event fresh(String runTag, int n) {
        long position = cursor + n;
        Event e = entry(position).event();
        Instant occurredAt = e.occurredAt().plus(pool.span().multipliedBy(position / pool.size()));
        return new Event(eventId(runTag, n), e.type(), occurredAt, e.customerId(), e.accountId(), e.identity(),
                e.device(), e.login(), e.contactChange(), e.payee(), e.transaction(), e.profile());
    }

    /** Notes the next {@code count} events as handed out under {@code runTag} and moves the cursor past them. */
    private void issue(String runTag, int count) {
        runs.add(new Run(runTag, cursor, count));
        cursor += count;
    }

    private String eventId(String runTag, int n) {
        return idPrefix + "-" + runTag + "-" + n;
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + body.getClass().getSimpleName(), e);
        }
    }

    /** Events handed out together under one tag, from {@code firstPosition} of the pool on. */
    private record Run(String runTag, long firstPosition, int count) {
    }

    /** The scoring service's batch body. */
    private record BatchBody(List<Event> events) {
    }
}
