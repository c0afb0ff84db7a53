package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticIdentityTests {

    private final SimulatedLog log = SimulatedLog.fraudHeavy();

    @Test
    void fabricatedNationalIdsBelongToNobodyReal() {
        Set<String> fabricated = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (EventLogLine line : log.events()) {
            Identity id = line.event().identity();
            if (id != null) {
                (Scenario.SYNTHETIC_IDENTITY.id().equals(line.scenario()) ? fabricated : others).add(id.nationalId());
            }
        }

        assertThat(fabricated).hasSizeGreaterThan(20).doesNotContainAnyElementsOf(others);
    }

    @Test
    void ringMembersSharePhonesOrAddresses() {
        Map<String, Set<String>> idsPerPhone = new HashMap<>();
        Map<String, Set<String>> idsPerAddress = new HashMap<>();
        List<Identity> members = openings().stream().map(l -> l.event().identity()).toList();
        for (Identity id : members) {
            idsPerPhone.computeIfAbsent(id.phone(), k -> new HashSet<>()).add(id.nationalId());
            idsPerAddress.computeIfAbsent(id.address().line1() + id.address().postalCode(), k -> new HashSet<>()).add(id.nationalId());
        }

        assertThat(members).allSatisfy(id -> assertThat(idsPerPhone.get(id.phone()).size()
                + idsPerAddress.get(id.address().line1() + id.address().postalCode()).size()).isGreaterThan(2));
    }

    @Test
    void accountsStartWithAnOpeningAndEndWithABustOutMuchLargerThanTheirHistory() {
        Map<String, List<Event>> byAccount = new LinkedHashMap<>();
        for (EventLogLine line : log.events(Scenario.SYNTHETIC_IDENTITY)) {
            byAccount.computeIfAbsent(line.tenant() + "/" + line.event().customerId(), k -> new ArrayList<>()).add(line.event());
        }
        int bustOuts = 0;
        for (List<Event> events : byAccount.values()) {
            assertThat(events.get(0).type()).isEqualTo(EventType.ACCOUNT_OPENING);
            var transfer = events.stream().filter(e -> e.transaction() != null && e.transaction().channel() == Channel.TRANSFER).findFirst();
            if (transfer.isPresent()) {
                bustOuts++;
                double quietMax = events.stream().filter(e -> e.transaction() != null && e.occurredAt().isBefore(transfer.get().occurredAt()))
                        .mapToDouble(e -> e.transaction().amount().doubleValue()).max().orElse(0);
                assertThat(transfer.get().transaction().amount().doubleValue()).isGreaterThan(20 * quietMax);
            }
        }
        assertThat(bustOuts).isGreaterThan(byAccount.size() / 3);
    }

    @Test
    void inALongLogRingsOpenAndBustOutInTheLaterWeeksToo() {
        SimulationConfig base = SimulationConfig.defaults(91, 90, 1_000);
        SimulatedLog longLog = SimulatedLog.of(base.withSyntheticIdentity(base.syntheticIdentity().withRingsPer10k(120)));
        Instant dayForty = longLog.config().start().plus(Duration.ofDays(40));
        Instant daySixtyEight = longLog.config().start().plus(Duration.ofDays(67));
        List<Event> ringEvents = longLog.events(Scenario.SYNTHETIC_IDENTITY).stream().map(EventLogLine::event).toList();

        assertThat(ringEvents).anyMatch(e -> e.type() == EventType.ACCOUNT_OPENING && e.occurredAt().isAfter(dayForty));
        assertThat(ringEvents).anyMatch(e -> e.transaction() != null && e.transaction().channel() == Channel.TRANSFER
                && e.occurredAt().isAfter(daySixtyEight));
    }

    private List<EventLogLine> openings() {
        return log.events(Scenario.SYNTHETIC_IDENTITY).stream().filter(l -> l.event().type() == EventType.ACCOUNT_OPENING).toList();
    }
}
