package io.github.idfraud.loadgen.events;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's events (labels left out), generated once before the runs, in time order. The load runs cycle
 * through them; each pass is shifted forward in event time by {@link #span()}, so every identity's events stay in
 * time order across passes.
 */
public final class EventPool {

    /** One event as a bank of {@code tenant} would post it. */
    public record Entry(String tenant, Event event) {
    }

    private final List<Entry> entries;
    private final int identities;
    private final Duration span;

    EventPool(List<Entry> entries, int identities) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the event pool is empty");
        }
        this.entries = Collections.unmodifiableList(entries);
        this.identities = identities;
        Instant first = entries.get(0).event().occurredAt();
        Instant last = entries.get(entries.size() - 1).event().occurredAt();
        this.span = Duration.ofDays(Duration.between(first, last).toDays() + 1);
    }

    /**
     * Simulates {@code identities} people for {@code settleDays + days} days (fraud scenarios included) and keeps the
     * events of the last {@code days}. The simulator opens most accounts in its first days; leaving those out gives
     * the steady-state mix of an existing customer base (logins and payments, few applications).
     */
    public static EventPool simulate(long seed, int identities, int settleDays, int days) {
        List<Entry> entries = new ArrayList<>();
        Instant keepFrom = SimulationConfig.DEFAULT_START.plus(Duration.ofDays(settleDays));
        new Simulator(SimulationConfig.defaults(seed, settleDays + days, identities)).run((EventLogLine line) -> {
            if (line.isEvent() && !line.event().occurredAt().isBefore(keepFrom)) {
                entries.add(new Entry(line.tenant(), line.event()));
            }
        });
        return new EventPool(entries, identities);
    }

    public static EventPool of(List<Entry> entries, int identities) {
        return new EventPool(new ArrayList<>(entries), identities);
    }

    /**
     * The events of one bank, posted as {@code asTenant}: a tenant's traffic of its own, e.g. for a tenant the
     * simulator does not know. Its people are the pool's (all of them; not all bank there).
     */
    public EventPool ofTenant(String tenant, String asTenant) {
        List<Entry> kept = entries.stream().filter(e -> e.tenant().equals(tenant))
                .map(e -> new Entry(asTenant, e.event())).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("the pool has no events of tenant " + tenant + "; it has " + tenants());
        }
        return new EventPool(new ArrayList<>(kept), identities);
    }

    public Entry get(int i) {
        return entries.get(i);
    }

    public int size() {
        return entries.size();
    }

    /** Simulated people behind the events (each may hold several identifiers at several banks). */
    public int identities() {
        return identities;
    }

    /** How far each further pass over the pool is shifted in event time: whole days, longer than the pool covers. */
    public Duration span() {
        return span;
    }

    public Map<String, Long> countsByType() {
        Map<String, Long> counts = new TreeMap<>();
        for (Entry entry : entries) {
            counts.merge(entry.event().type().name(), 1L, Long::sum);
        }
        return counts;
    }

    public List<String> tenants() {
        return entries.stream().map(Entry::tenant).distinct().sorted().toList();
    }
}
