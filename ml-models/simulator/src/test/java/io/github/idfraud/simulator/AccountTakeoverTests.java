package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTakeoverTests {

    private final SimulatedLog log = SimulatedLog.fraudHeavy();

    @Test
    void chainRunsFromNewDeviceLoginThroughResetOrContactChangeAndPayeeToTransferWithin30Minutes() {
        Map<String, List<Event>> incidents = incidents();
        Map<String, Set<String>> devicesSeenBefore = legitDevicesBeforeIncidents(incidents);

        assertThat(incidents).hasSizeGreaterThan(100);
        assertThat(incidents).allSatisfy((customer, chain) -> {
            Event login = first(chain, e -> e.type() == EventType.LOGIN && e.login().success());
            Event takeover = first(chain, e -> e.type() == EventType.PASSWORD_RESET || e.type() == EventType.CONTACT_CHANGE);
            Event payee = first(chain, e -> e.type() == EventType.PAYEE_ADDED);
            Event transfer = first(chain, e -> e.type() == EventType.TRANSACTION);

            assertThat(devicesSeenBefore.getOrDefault(customer, Set.of())).doesNotContain(login.device().deviceId());
            assertThat(login.occurredAt()).isBeforeOrEqualTo(takeover.occurredAt());
            assertThat(takeover.occurredAt()).isBeforeOrEqualTo(payee.occurredAt());
            assertThat(payee.occurredAt()).isBeforeOrEqualTo(transfer.occurredAt());
            assertThat(transfer.transaction().channel()).isEqualTo(Channel.TRANSFER);
            assertThat(transfer.transaction().counterpartyId()).isEqualTo(payee.payee().payeeId());
            Event last = chain.get(chain.size() - 1);
            assertThat(Duration.between(login.occurredAt(), last.occurredAt())).isLessThanOrEqualTo(Duration.ofMinutes(30));
            assertThat(chain).allSatisfy(e -> assertThat(e.device().deviceId()).isEqualTo(login.device().deviceId()));
        });
    }

    @Test
    void contactChangeReplacesTheVictimsRealValue() {
        Map<String, String> currentEmail = new HashMap<>();
        Map<String, String> currentPhone = new HashMap<>();
        int checked = 0;
        for (EventLogLine line : log.events()) {
            Event e = line.event();
            String customer = line.tenant() + "/" + e.customerId();
            boolean fraud = !"legit".equals(line.scenario());
            if (!fraud && e.identity() != null) {
                currentEmail.put(customer, e.identity().email());
                currentPhone.put(customer, e.identity().phone());
            } else if (!fraud && e.contactChange() != null && e.contactChange().field() != ContactField.ADDRESS) {
                (e.contactChange().field() == ContactField.EMAIL ? currentEmail : currentPhone)
                        .put(customer, e.contactChange().newValue());
            } else if ("account_takeover".equals(line.scenario()) && e.contactChange() != null) {
                var current = e.contactChange().field() == ContactField.EMAIL ? currentEmail : currentPhone;
                assertThat(e.contactChange().oldValue()).isEqualTo(current.get(customer));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void transferIsManyTimesTheVictimsUsualTransfer() {
        Map<String, List<Double>> legitTransfers = new HashMap<>();
        List<double[]> takeoverVsUsual = new ArrayList<>();
        for (EventLogLine line : log.events()) {
            Event e = line.event();
            if (e.transaction() == null || e.transaction().channel() != Channel.TRANSFER) {
                continue;
            }
            String customer = line.tenant() + "/" + e.customerId();
            double amount = e.transaction().amount().doubleValue();
            if ("legit".equals(line.scenario())) {
                legitTransfers.computeIfAbsent(customer, k -> new ArrayList<>()).add(amount);
            } else if (Scenario.ACCOUNT_TAKEOVER.id().equals(line.scenario()) && legitTransfers.containsKey(customer)) {
                List<Double> usual = legitTransfers.get(customer);
                takeoverVsUsual.add(new double[] {amount, usual.stream().sorted().toList().get(usual.size() / 2)});
            }
        }
        long manyTimes = takeoverVsUsual.stream().filter(p -> p[0] >= 5 * p[1]).count();

        assertThat(manyTimes).isGreaterThan(takeoverVsUsual.size() / 2);
    }

    /** Takeover events grouped by tenant and customer, in time order. */
    private Map<String, List<Event>> incidents() {
        Map<String, List<Event>> byCustomer = new LinkedHashMap<>();
        for (EventLogLine line : log.events(Scenario.ACCOUNT_TAKEOVER)) {
            byCustomer.computeIfAbsent(line.tenant() + "/" + line.event().customerId(), k -> new ArrayList<>()).add(line.event());
        }
        return byCustomer;
    }

    private Map<String, Set<String>> legitDevicesBeforeIncidents(Map<String, List<Event>> incidents) {
        Map<String, Set<String>> seen = new HashMap<>();
        for (EventLogLine line : log.events(Scenario.LEGIT)) {
            String customer = line.tenant() + "/" + line.event().customerId();
            List<Event> chain = incidents.get(customer);
            if (chain != null && line.event().device() != null
                    && line.event().occurredAt().isBefore(chain.get(0).occurredAt())) {
                seen.computeIfAbsent(customer, k -> new HashSet<>()).add(line.event().device().deviceId());
            }
        }
        return seen;
    }

    private static Event first(List<Event> chain, java.util.function.Predicate<Event> test) {
        return chain.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("missing step in " + chain));
    }
}
