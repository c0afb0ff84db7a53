package io.github.idfraud.simulator;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A simulation run kept in memory for assertions; runs are cached per config so test classes can share them. */
public record SimulatedLog(SimulationConfig config, List<EventLogLine> lines, SimulationSummary summary) {

    private static final Map<SimulationConfig, SimulatedLog> CACHE = new ConcurrentHashMap<>();

    /** Default rates, 30 days, 3,000 people. */
    public static SimulatedLog standard() {
        return of(SimulationConfig.defaults(2024, 30, 3_000));
    }

    /** About ten times the default fraud rates, so every scenario shows up many times in a small run. */
    public static SimulatedLog fraudHeavy() {
        SimulationConfig base = SimulationConfig.defaults(77, 30, 1_500);
        return of(base.withAccountTakeover(base.accountTakeover().withDailyRate(0.012))
                .withStolenIdentity(base.stolenIdentity().withDailyRate(0.005))
                .withSimSwap(base.simSwap().withDailyRate(0.004))
                .withCardCompromise(base.cardCompromise().withMerchants(40))
                .withSyntheticIdentity(base.syntheticIdentity().withRingsPer10k(60))
                .withMoneyMule(base.moneyMule().withDailyRate(0.001))
                .withCardTesting(base.cardTesting().withDailyRate(0.003))
                .withSlowTakeover(base.slowTakeover().withDailyRate(0.004)));
    }

    public static SimulatedLog of(SimulationConfig config) {
        return CACHE.computeIfAbsent(config, SimulatedLog::run);
    }

    public static SimulatedLog run(SimulationConfig config) {
        List<EventLogLine> lines = new ArrayList<>();
        SimulationSummary summary = new Simulator(config).run(lines::add);
        return new SimulatedLog(config, lines, summary);
    }

    public List<EventLogLine> events() {
        return lines.stream().filter(EventLogLine::isEvent).toList();
    }

    /** Account events of one scenario: the steps of its incidents (or customers); profile refreshes are none. */
    public List<EventLogLine> events(Scenario scenario) {
        return lines.stream().filter(l -> l.isEvent() && l.event().type().scored() && scenario.id().equals(l.scenario()))
                .toList();
    }

    /** The banks' verified profile refreshes. */
    public List<EventLogLine> profiles() {
        return lines.stream().filter(l -> l.isEvent() && l.event().type() == EventType.PROFILE_VERIFIED).toList();
    }

    public List<EventLogLine> labels() {
        return lines.stream().filter(l -> !l.isEvent()).toList();
    }

    public static long time(EventLogLine line) {
        return line.at().getEpochSecond();
    }
}
