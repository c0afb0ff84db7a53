package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelTests {

    @Test
    void everyLabelRefersToAnEarlierEventOfTheSameTenantAndFollowsIt() {
        Map<String, EventLogLine> written = new HashMap<>();
        Set<String> labelled = new HashSet<>();

        for (EventLogLine line : SimulatedLog.fraudHeavy().lines()) {
            if (line.isEvent()) {
                written.put(line.event().eventId(), line);
                continue;
            }
            EventLogLine event = written.get(line.label().eventId());
            assertThat(event).as("label for %s follows its event", line.label().eventId()).isNotNull();
            assertThat(line.tenant()).isEqualTo(event.tenant());
            assertThat(line.label().reportedAt()).isAfterOrEqualTo(event.event().occurredAt());
            assertThat(labelled.add(line.label().eventId())).as("one label per event").isTrue();
        }
    }

    @Test
    void fraudIncidentsAreMostlyButNotAlwaysLabelled() {
        SimulationSummary summary = SimulatedLog.fraudHeavy().summary();
        double labelledShare = (double) summary.labelledFraudEvents() / summary.fraudEvents();

        // 10% of incidents go unreported; incidents differ in size, hence the tolerance
        assertThat(labelledShare).isCloseTo(0.90, within(0.05));
    }

    @Test
    void aFewLegitimateEventsAreLabelledFraudByMistake() {
        SimulationSummary summary = SimulatedLog.standard().summary();
        double legit = summary.accountEvents() - summary.fraudEvents(); // profile refreshes are never labelled

        assertThat(summary.mislabelledLegit() / legit).isBetween(0.0005, 0.002);
    }

    @Test
    void fraudReportDelaysMatchTheirSource() {
        Map<String, EventLogLine> events = new HashMap<>();
        for (EventLogLine line : SimulatedLog.fraudHeavy().lines()) {
            if (line.isEvent()) {
                events.put(line.event().eventId(), line);
                continue;
            }
            EventLogLine event = events.get(line.label().eventId());
            if (line.label().label() == LabelValue.LEGIT || Scenario.SYNTHETIC_IDENTITY.id().equals(event.scenario())
                    || Scenario.SLOW_TAKEOVER.id().equals(event.scenario())) {
                continue; // LEGIT labels have their own delays; a ring or a slow takeover is reported weeks after it starts
            }
            if (Scenario.MONEY_MULE.id().equals(event.scenario()) && line.label().source() == LabelSource.CASE) {
                continue; // a mule is investigated after the last cash-out of a window of days (MoneyMuleTests)
            }
            Duration delay = Duration.between(event.event().occurredAt(), line.label().reportedAt());
            // delays count from the end of the incident, which lasts at most a couple of days
            switch (line.label().source()) {
                case CONSUMER -> assertThat(delay).isBetween(Duration.ofDays(1), Duration.ofDays(13));
                case CASE -> assertThat(delay).isBetween(Duration.ofDays(2), Duration.ofDays(8));
                case CHARGEBACK -> assertThat(delay).isBetween(Duration.ofDays(7), Duration.ofDays(60));
            }
        }
    }

    @Test
    void riskyLookingLegitimateEventsAreSometimesClearedWithALegitLabelAFewDaysLater() {
        Map<String, EventLogLine> events = new HashMap<>();
        Set<String> newDeviceLogins = new HashSet<>();
        Set<String> firstPayments = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Map<EventType, Integer> clearedByType = new EnumMap<>(EventType.class);
        int cleared = 0;
        for (EventLogLine line : SimulatedLog.standard().lines()) {
            if (line.isEvent()) {
                Event e = line.event();
                events.put(e.eventId(), line);
                String customer = line.tenant() + "/" + e.customerId();
                if (e.login() != null && e.login().success() && seen.add(customer + " logs in on " + e.device().deviceId())) {
                    newDeviceLogins.add(e.eventId());
                }
                if (e.transaction() != null && seen.add(customer + " pays " + e.transaction().counterpartyId())) {
                    firstPayments.add(e.eventId());
                }
                continue;
            }
            if (line.label().label() != LabelValue.LEGIT) {
                continue;
            }
            EventLogLine event = events.get(line.label().eventId());
            assertThat(event).as("a LEGIT label follows its event").isNotNull();
            assertThat(event.scenario()).isEqualTo(Scenario.LEGIT.id());
            Duration delay = Duration.between(event.event().occurredAt(), line.label().reportedAt());
            switch (line.label().source()) {
                case CONSUMER -> assertThat(delay).isBetween(Duration.ofHours(1), Duration.ofDays(3));
                case CASE -> assertThat(delay).isBetween(Duration.ofDays(1), Duration.ofDays(5));
                case CHARGEBACK -> throw new AssertionError("nobody charges back a payment to clear it: " + line);
            }
            // what looked risky: a phone never used on the account, a large first payment to someone new
            switch (event.event().type()) {
                case LOGIN -> assertThat(newDeviceLogins).contains(event.event().eventId());
                case TRANSACTION -> assertThat(firstPayments).contains(event.event().eventId());
                default -> { }
            }
            clearedByType.merge(event.event().type(), 1, Integer::sum);
            cleared++;
        }
        SimulationSummary summary = SimulatedLog.standard().summary();

        assertThat(cleared).isEqualTo(summary.clearedLegit()).isGreaterThan(100);
        assertThat(clearedByType).containsKeys(EventType.LOGIN, EventType.CONTACT_CHANGE, EventType.TRANSACTION,
                EventType.ACCOUNT_OPENING);
        // the mistakes stay as rare as before: LEGIT labels come on top of them, never instead of them
        assertThat(summary.labels()).isEqualTo(summary.labelledFraudEvents() + summary.mislabelledLegit() + cleared);
    }

    @Test
    void everySourceReports() {
        assertThat(SimulatedLog.standard().summary().labelsBySource())
                .allSatisfy((source, count) -> assertThat(count).as("%s", source).isPositive())
                .containsOnlyKeys(LabelSource.values());
    }
}
