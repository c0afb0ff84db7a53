package io.github.idfraud.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.simulator.MoneyMuleParams;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.SimulatedLog;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.legit.Openings;
import io.github.idfraud.simulator.world.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan says who the mules are; the log must show what a bank would see of them. */
class MoneyMuleTests {

    private final SimulatedLog log = SimulatedLog.fraudHeavy();
    private final World world = new World(log.config());
    private final MoneyMuleParams params = log.config().moneyMule();

    @Test
    void aMuleReceivesFirstTimeTransfersFromManyDifferentCustomersWithinDays() {
        List<MuleNetwork.Incident> incidents = world.mules.incidents();

        assertThat(incidents).hasSizeGreaterThan(15);
        for (MuleNetwork.Incident incident : incidents) {
            String mulePayee = incident.receiving.payeeId();
            Set<String> payers = new HashSet<>();
            Set<String> addedPayee = new HashSet<>();
            List<Instant> paid = new ArrayList<>();
            Map<String, Set<String>> paidBefore = new HashMap<>();
            for (EventLogLine line : log.events()) {
                Event e = line.event();
                String customer = line.tenant() + "/" + e.customerId();
                if (e.payee() != null && mulePayee.equals(e.payee().payeeId())) {
                    addedPayee.add(customer);
                }
                if (e.transaction() == null) {
                    continue;
                }
                if (mulePayee.equals(e.transaction().counterpartyId())) {
                    assertThat(line.scenario()).isEqualTo(Scenario.MONEY_MULE.id());
                    assertThat(e.transaction().channel()).isEqualTo(Channel.TRANSFER);
                    assertThat(paidBefore.getOrDefault(customer, Set.of())).as("first payment to the mule").doesNotContain(mulePayee);
                    assertThat(addedPayee).as("added as a new payee just before").contains(customer);
                    assertThat(payers.add(customer)).as("one payment per customer").isTrue();
                    paid.add(e.occurredAt());
                }
                paidBefore.computeIfAbsent(customer, k -> new HashSet<>()).add(e.transaction().counterpartyId());
            }

            assertThat(payers).hasSizeGreaterThanOrEqualTo(params.minSenders());
            assertThat(Duration.between(paid.get(0), paid.get(paid.size() - 1)))
                    .isLessThan(Duration.ofDays(params.windowDays()));
        }
    }

    @Test
    void theMuleMovesTheMoneyOnWithinHours() {
        for (MuleNetwork.Incident incident : world.mules.incidents()) {
            Openings openings = Openings.of(world, world.people.person(incident.mule));
            Account account = world.account(openings.firstTenant(), incident.mule, openings.first());
            double in = 0;
            double out = 0;
            Instant firstIn = null;
            Instant lastIn = null;
            Instant lastOut = null;
            for (EventLogLine line : log.events(Scenario.MONEY_MULE)) {
                Event e = line.event();
                if (e.transaction() == null) {
                    continue;
                }
                double amount = e.transaction().amount().doubleValue();
                if (incident.receiving.payeeId().equals(e.transaction().counterpartyId())) {
                    in += amount;
                    firstIn = firstIn == null ? e.occurredAt() : firstIn;
                    lastIn = e.occurredAt();
                } else if (line.tenant().equals(account.tenant()) && account.customerId().equals(e.customerId())
                        && (e.transaction().channel() == Channel.ATM
                            || incident.onward.payeeId().equals(e.transaction().counterpartyId()))) {
                    // the mule's own money_mule payments may include paying another mule: not a cash-out
                    assertThat(firstIn).as("money leaves only after some came in").isNotNull();
                    assertThat(e.occurredAt()).isAfter(firstIn);
                    out += amount;
                    lastOut = e.occurredAt();
                }
            }

            assertThat(out).as("moved out of %s", account.customerId()).isBetween(0.4 * in, in);
            assertThat(Duration.between(lastIn, lastOut)).isBetween(Duration.ZERO, Duration.ofHours(12));
        }
    }

    @Test
    void payersReportTheScamAndTheBankInvestigatesTheMule() {
        Map<String, EventLogLine> events = new HashMap<>();
        Set<String> payees = new HashSet<>();
        world.mules.incidents().forEach(i -> payees.add(i.receiving.payeeId()));
        int consumer = 0;
        int caseLabels = 0;
        for (EventLogLine line : log.lines()) {
            if (line.isEvent()) {
                events.put(line.event().eventId(), line);
                continue;
            }
            EventLogLine labelled = events.get(line.label().eventId());
            if (!Scenario.MONEY_MULE.id().equals(labelled.scenario())) {
                continue;
            }
            Event e = labelled.event();
            boolean payerSide = e.type() == EventType.PAYEE_ADDED ? payees.contains(e.payee().payeeId())
                    : e.transaction() != null && payees.contains(e.transaction().counterpartyId());
            assertThat(line.label().source()).isEqualTo(payerSide ? LabelSource.CONSUMER : LabelSource.CASE);
            Duration delay = Duration.between(e.occurredAt(), line.label().reportedAt());
            if (payerSide) {
                assertThat(delay).isBetween(Duration.ofDays(1), Duration.ofDays(10));
                consumer++;
            } else {
                assertThat(delay).isBetween(Duration.ofDays(2), Duration.ofDays(params.windowDays() + 6L));
                caseLabels++;
            }
        }

        assertThat(consumer).isGreaterThan(100);
        assertThat(caseLabels).isGreaterThan(50);
    }

    @Test
    void defaultsProduceMulesAndZeroRateNone() {
        assertThat(SimulatedLog.standard().events(Scenario.MONEY_MULE)).isNotEmpty();
        SimulationConfig base = SimulationConfig.defaults(5, 20, 400);
        assertThat(new World(base.withMoneyMule(base.moneyMule().withDailyRate(0))).mules.incidents()).isEmpty();
    }
}
