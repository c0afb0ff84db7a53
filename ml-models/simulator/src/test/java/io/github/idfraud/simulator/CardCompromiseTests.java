package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.LabelSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CardCompromiseTests {

    /** Three long breaches with most cards misused: enough victims, and a common point of purchase that stands out. */
    private final SimulatedLog log = SimulatedLog.of(SimulationConfig.defaults(31, 30, 3_000)
            .withCardCompromise(new CardCompromiseParams(3, 15, 0.8, 2, 10)));

    @Test
    void misuseIsOnlineCardSpending() {
        assertThat(log.events(Scenario.CARD_COMPROMISE)).hasSizeGreaterThan(50).allSatisfy(l ->
                assertThat(l.event().transaction().channel()).isEqualTo(Channel.CARD_NOT_PRESENT));
    }

    @Test
    void victimsShareAFewEarlierShopsTheCommonPointOfPurchase() {
        Map<String, Set<String>> shopsBefore = new HashMap<>();
        Set<String> victims = new HashSet<>();
        for (EventLogLine line : log.events()) {
            String card = line.tenant() + "/" + line.event().customerId();
            var tx = line.event().transaction();
            if ("card_compromise".equals(line.scenario())) {
                victims.add(card);
            } else if (tx != null && tx.channel() == Channel.CARD_PRESENT && !victims.contains(card)) {
                shopsBefore.computeIfAbsent(card, k -> new HashSet<>()).add(tx.counterpartyId());
            }
        }
        // greedy set cover: a few shops (the breached ones) explain every victim
        Set<String> uncovered = new HashSet<>(victims);
        int shopsNeeded = 0;
        while (!uncovered.isEmpty() && shopsNeeded <= log.config().cardCompromise().merchants()) {
            Map<String, Long> reach = uncovered.stream().flatMap(v -> shopsBefore.getOrDefault(v, Set.of()).stream())
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            String best = reach.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
            uncovered.removeIf(v -> shopsBefore.getOrDefault(v, Set.of()).contains(best));
            shopsNeeded++;
        }

        assertThat(victims).hasSizeGreaterThan(10);
        assertThat(uncovered).isEmpty();
        assertThat(shopsNeeded).isLessThanOrEqualTo(log.config().cardCompromise().merchants());
    }

    @Test
    void misuseIsChargedBack() {
        Set<String> cardFraud = log.events(Scenario.CARD_COMPROMISE).stream().map(l -> l.event().eventId())
                .collect(Collectors.toSet());

        assertThat(log.labels()).filteredOn(l -> cardFraud.contains(l.label().eventId()))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.label().source()).isEqualTo(LabelSource.CHARGEBACK));
    }
}
