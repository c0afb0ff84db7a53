package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewScenarioFamilyTests {

    private final SimulatedLog log = SimulatedLog.fraudHeavy();

    @Test
    void cardTestingProbesWithTinyAmountsThenBurstsAcrossManyMerchants() {
        Map<String, List<Event>> incidents = incidents(Scenario.CARD_TESTING);

        assertThat(incidents).hasSizeGreaterThan(20);
        assertThat(incidents.values()).allSatisfy(chain -> {
            assertThat(chain).allSatisfy(e -> assertThat(e.transaction().channel()).isEqualTo(Channel.CARD_NOT_PRESENT));
            CardTestingParams params = log.config().cardTesting();
            long probes = chain.stream().takeWhile(e -> e.transaction().amount().doubleValue() < 5).count();
            assertThat(probes).isBetween((long) params.minProbes(), (long) params.maxProbes());
            List<Event> burst = chain.subList((int) probes, chain.size());
            assertThat(burst).hasSizeBetween(params.minBurst(), params.maxBurst());
            assertThat(burst.stream().map(e -> e.transaction().counterpartyId()).distinct().count())
                    .as("the burst spreads over different merchants").isEqualTo(burst.size());
            assertThat(chain.stream().map(e -> e.transaction().cardId()).distinct()).as("one card tested").hasSize(1);
        });
        assertThat(incidents.values().stream().flatMap(List::stream).filter(e -> e.transaction().declined()))
                .as("some probes bounce").isNotEmpty();
    }

    @Test
    void cardPaymentsNameTheirCardAndTransfersDoNot() {
        assertThat(log.events()).allSatisfy(l -> {
            var tx = l.event().transaction();
            if (tx != null) {
                assertThat(tx.cardId() == null).isEqualTo(tx.channel() == Channel.TRANSFER);
            }
        });
    }

    @Test
    void slowTakeoverSpreadsItsStepsOverDaysAndEndsWithTheLargestTransfer() {
        Map<String, List<Event>> incidents = incidents(Scenario.SLOW_TAKEOVER);
        int complete = 0;

        assertThat(incidents).hasSizeGreaterThan(20);
        for (List<Event> chain : incidents.values()) {
            assertThat(chain.get(0).type()).isEqualTo(EventType.LOGIN);
            assertThat(chain.stream().map(e -> e.device().deviceId()).distinct()).hasSize(1);
            long latestEnd = chain.get(0).occurredAt().getEpochSecond() + 86_400L * (log.config().slowTakeover().maxSpanDays() + 1);
            if (latestEnd >= log.config().end().getEpochSecond()) {
                continue; // the log may have ended before the money moved
            }
            List<Event> transfers = chain.stream().filter(e -> e.type() == EventType.TRANSACTION).toList();
            complete++;
            Event last = transfers.get(transfers.size() - 1);
            assertThat(transfers).allSatisfy(t -> assertThat(t.transaction().amount()).isLessThanOrEqualTo(last.transaction().amount()));
            assertThat(Duration.between(chain.get(0).occurredAt(), last.occurredAt())).isGreaterThan(Duration.ofDays(1));
            assertThat(chain).extracting(Event::type).contains(EventType.PAYEE_ADDED);
        }
        assertThat(complete).isGreaterThan(10);
    }

    @Test
    void banksThatLeaveThingsOutSendEventsWithoutDevicesOrLocations() {
        SimulationConfig base = SimulationConfig.defaults(5, 10, 800);
        SimulatedLog patchy = SimulatedLog.of(base.withDataQuality(new DataQualityParams(0.6, 0.6, 0.6)));
        SimulatedLog complete = SimulatedLog.of(base);

        long withoutDevice = patchy.events().stream()
                .filter(l -> l.event().type() == EventType.LOGIN && l.event().device() == null).count();
        assertThat(withoutDevice).isPositive();
        assertThat(complete.events()).allSatisfy(l -> {
            if (l.event().type() == EventType.LOGIN) {
                assertThat(l.event().device()).isNotNull();
            }
        });
        assertThat(patchy.events().size()).as("some logins are never sent").isLessThan(complete.events().size());
        assertThat(patchy.labels()).allSatisfy(label -> assertThat(patchy.events().stream()
                .anyMatch(e -> e.event().eventId().equals(label.label().eventId()))).isTrue());
    }

    @Test
    void namedWorldsDrawTheirOwnParametersAndTheSameNameTheSameDraw() {
        SimulationConfig a = Worlds.config("harbour", 1, 30, 100);
        SimulationConfig b = Worlds.config("meadow", 1, 30, 100);

        assertThat(Worlds.config(Worlds.DEFAULT, 1, 30, 100)).isEqualTo(SimulationConfig.defaults(1, 30, 100));
        assertThat(Worlds.config("harbour", 2, 30, 100)).isEqualTo(a.withSeed(2));
        assertThat(a.accountTakeover()).isNotEqualTo(b.accountTakeover());
        assertThat(a.cardTesting()).isNotEqualTo(b.cardTesting());
        assertThat(a.legit()).isNotEqualTo(b.legit());
    }

    private Map<String, List<Event>> incidents(Scenario scenario) {
        Map<String, List<Event>> incidents = new LinkedHashMap<>();
        for (EventLogLine line : log.events(scenario)) {
            incidents.computeIfAbsent(line.tenant() + "/" + line.event().customerId(), k -> new ArrayList<>()).add(line.event());
        }
        return incidents;
    }
}
