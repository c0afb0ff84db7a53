package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.simulator.world.PopularPayees;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopularPayeeTests {

    /** More popular payees than the default, so that several of them appear during the period. */
    private static final SimulationConfig CONFIG = SimulationConfig.defaults(31, 45, 4_000)
            .withLookalikes(LookalikeParams.defaults().withPopularPayeesPer10k(100));

    private final SimulatedLog log = SimulatedLog.of(CONFIG);
    private final PopularPayees pool = new World(CONFIG).popularPayees;

    @Test
    void severalCustomersAddTheSamePopularPayee() {
        Map<String, Set<String>> adders = legitAddersByPayee();

        assertThat(adders.values()).filteredOn(customers -> customers.size() >= 3).isNotEmpty();
        adders.forEach((payee, customers) -> {
            if (customers.size() > 1) {
                assertThat(pool.contains(payee)).as("%s is added by %d customers", payee, customers.size()).isTrue();
            }
        });
    }

    @Test
    void somePopularPayeesAreFirstAddedAfterTheFirstWeek() {
        Map<String, Instant> firstAdded = new HashMap<>();
        for (EventLogLine line : legitPayeesAdded()) {
            firstAdded.putIfAbsent(line.event().payee().payeeId(), line.at());
        }
        Instant firstWeekOver = CONFIG.start().plus(Duration.ofDays(7));

        assertThat(firstAdded.entrySet()).filteredOn(e -> pool.contains(e.getKey()))
                .anySatisfy(e -> assertThat(e.getValue()).isAfter(firstWeekOver));
    }

    @Test
    void mostNewPayeesAreStillPrivatePeoplePaidByOneCustomer() {
        Map<String, Set<String>> adders = legitAddersByPayee();
        long privatePayees = adders.keySet().stream().filter(payee -> !pool.contains(payee)).count();

        assertThat(privatePayees).isGreaterThan(adders.size() / 2);
        adders.forEach((payee, customers) -> {
            if (!pool.contains(payee)) {
                assertThat(customers).hasSize(1);
            }
        });
    }

    @Test
    void evenASmallWorldHasAFewPopularPayees() {
        assertThat(new World(SimulationConfig.defaults(3, 10, 50)).popularPayees.size()).isEqualTo(5);
        assertThat(pool.size()).isEqualTo(CONFIG.identities() * 100 / 10_000);
    }

    private Map<String, Set<String>> legitAddersByPayee() {
        Map<String, Set<String>> adders = new HashMap<>();
        for (EventLogLine line : legitPayeesAdded()) {
            adders.computeIfAbsent(line.event().payee().payeeId(), k -> new HashSet<>())
                    .add(line.tenant() + "/" + line.event().customerId());
        }
        return adders;
    }

    private Iterable<EventLogLine> legitPayeesAdded() {
        return log.events(Scenario.LEGIT).stream().filter(l -> l.event().type() == EventType.PAYEE_ADDED).toList();
    }
}
