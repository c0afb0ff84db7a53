package io.github.idfraud.loadgen.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.harness.PreparedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Renders the pool's events into request bodies for one run: every request gets a fresh event id (so the service's
 * idempotency never answers from its store) and the event time of its pass over the pool. A cursor runs on across
 * runs, so consecutive runs continue the simulated history instead of replaying its start.
 */
public final class RequestFactory {

    private final EventPool pool;
    private final Map<String, String> authorizationByTenant;
    private final String idPrefix;
    private final ObjectMapper json = ContractJson.newMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final List<Batch> batches = new ArrayList<>();
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
        batches.add(new Batch(runTag, cursor, count));
        for (int n = 0; n < count; n++) {
            long position = cursor + n;
            EventPool.Entry entry = pool.get((int) (position % pool.size()));
            long pass = position / pool.size();
            Event e = entry.event();
            Event fresh = new Event(eventId(runTag, n), e.type(), e.occurredAt().plus(pool.span().multipliedBy(pass)),
                    e.customerId(), e.accountId(), e.identity(), e.device(), e.login(), e.contactChange(), e.payee(),
                    e.transaction(), e.profile());
            requests.add(PreparedRequest.timed(path, authorizationByTenant.get(entry.tenant()), write(fresh)));
        }
        cursor += count;
        return requests;
    }

    /** Every (tenant, eventId) handed out so far, so the suite can remove what the service stored about them. */
    public void forEachIssued(BiConsumer<String, String> tenantAndEventId) {
        for (Batch batch : batches) {
            for (int n = 0; n < batch.count; n++) {
                String tenant = pool.get((int) ((batch.firstPosition + n) % pool.size())).tenant();
                tenantAndEventId.accept(tenant, eventId(batch.runTag, n));
            }
        }
    }

    /** How many events were handed out so far. */
    public long issued() {
        return cursor;
    }

    private String eventId(String runTag, int n) {
        return idPrefix + "-" + runTag + "-" + n;
    }

    private byte[] write(Event event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render event " + event.eventId(), e);
        }
    }

    private record Batch(String runTag, long firstPosition, int count) {
    }
}
