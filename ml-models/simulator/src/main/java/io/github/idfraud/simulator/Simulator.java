package io.github.idfraud.simulator;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.Label;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.pipeline.DataQuality;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.pipeline.LinePipeline;
import io.github.idfraud.simulator.pipeline.ListSource;
import io.github.idfraud.simulator.pipeline.PendingLabels;
import io.github.idfraud.simulator.pipeline.SourceHeap;
import io.github.idfraud.simulator.pipeline.SummaryCounter;
import io.github.idfraud.simulator.profile.VerifiedProfiles;
import io.github.idfraud.simulator.scenario.SyntheticRing;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Generates a seeded identity-theft event log: per-person generators merged by time, with the labels each event
 * will get written when they are reported. Same config, same bytes.
 *
 * <pre>{@code
 * try (var writer = EventLogWriter.create(path)) {
 *     SimulationSummary summary = new Simulator(SimulationConfig.defaults(42, 30, 10_000)).run(writer::write);
 * }
 * }</pre>
 */
public final class Simulator {

    private final SimulationConfig config;

    public Simulator(SimulationConfig config) {
        this.config = config;
    }

    /**
     * Writes every line to {@code sink} in non-decreasing time order (events by {@code occurredAt}, labels by
     * {@code reportedAt}; at equal seconds events come first). Labels reported after the period follow at the end.
     * Generation runs on a background thread; {@code sink} is called on the caller's thread only.
     */
    public SimulationSummary run(Consumer<EventLogLine> sink) {
        return LinePipeline.run(this::generate, sink);
    }

    /** A synthetic-identity ring's drafts, and the profile refreshes its banks send once its accounts are used. */
    private ListSource ring(World world, int i) {
        ListSource ring = new ListSource(config.identities() + i, world.end);
        VerifiedProfiles profiles = VerifiedProfiles.ofRing(world, i);
        new SyntheticRing(world, i).generate(draft -> {
            ring.add(draft);
            profiles.observe(draft);
        });
        profiles.refreshesBefore(world.end, ring);
        return ring;
    }

    private SimulationSummary generate(Consumer<EventLogLine> sink) {
        World world = new World(config);
        int rings = SyntheticRing.count(config);
        SourceHeap sources = new SourceHeap(world.start, config.identities() + rings);
        for (int i = 0; i < config.identities(); i++) {
            sources.add(new CustomerTimeline(world, i));
        }
        for (int i = 0; i < rings; i++) {
            sources.add(ring(world, i));
        }
        PendingLabels labels = new PendingLabels();
        SummaryCounter counter = new SummaryCounter();
        String idPrefix = "sim-" + config.seed() + "-";
        long nextId = 1;
        DataQuality quality = new DataQuality(config.seed(), config.tenants(), config.dataQuality());
        while (!sources.isEmpty() || labels.peekTime() != Long.MAX_VALUE) {
            if (sources.peekTime() <= labels.peekTime()) {
                EventDraft draft = sources.next();
                String eventId = idPrefix + nextId++;
                Event sent = quality.asSent(draft.tenant(), draft.toEvent(eventId));
                if (sent == null) {
                    continue;
                }
                sink.accept(EventLogLine.event(draft.tenant(), sent, draft.scenario().id()));
                counter.event(draft);
                if (draft.label() != null) {
                    LabelPlan plan = draft.label();
                    labels.add(plan.reportedAt(), draft.tenant(),
                            new Label(eventId, plan.value(), Instant.ofEpochSecond(plan.reportedAt()), plan.source()));
                }
            } else {
                String tenant = labels.peekTenant();
                Label label = labels.poll();
                sink.accept(EventLogLine.label(tenant, label));
                counter.label(label.source());
            }
        }
        return counter.summary();
    }
}
