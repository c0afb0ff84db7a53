package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.simulator.legit.Openings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The banks' verified profile refreshes, the only source of the address a "Was this you?" notice goes to. */
class ProfileRefreshTests {

    private static final Duration HOURS_AFTER_A_CHANGE = Duration.ofHours(6);
    private static final Set<String> TAKEOVERS = Set.of(Scenario.ACCOUNT_TAKEOVER.id(), Scenario.SIM_SWAP.id(),
            Scenario.SLOW_TAKEOVER.id());

    /** Long enough for periodic refreshes; without fraud, so no refresh is held back for a fraudster's contact. */
    private final SimulatedLog quiet = SimulatedLog.of(SimulationConfig.defaults(41, 75, 600).withoutFraud());
    private final SimulatedLog heavy = SimulatedLog.fraudHeavy();

    @Test
    void everyAccountHeldBeforeThePeriodIsRefreshedInItsFirstTwoDaysThenEveryTwentyToFortyDays() {
        SimulationConfig config = quiet.config();
        World world = new World(config);
        Map<String, List<Event>> refreshes = byAccount(quiet.profiles());
        Set<Duration> gaps = new HashSet<>();
        int accounts = 0;
        for (int i = 0; i < config.identities(); i++) {
            Openings openings = Openings.of(world, world.people.person(i));
            for (int k = 0; k < openings.count() && !openings.joining(); k++) {
                String account = config.tenants().get(openings.tenant(k)) + "/" + world.ids.customerId(openings.tenant(k), i);
                List<Event> own = refreshes.get(account);

                assertThat(own).as("refreshes of %s", account).hasSizeGreaterThanOrEqualTo(2);
                assertThat(own.get(0).occurredAt()).isBefore(config.start().plus(Duration.ofDays(2)));
                assertThat(own.get(0).profile().customerSince()).isBefore(day(config.start()));
                for (int j = 1; j < own.size(); j++) {
                    Duration gap = Duration.between(own.get(j - 1).occurredAt(), own.get(j).occurredAt());
                    assertThat(gap).isLessThanOrEqualTo(Duration.ofDays(40));
                    gaps.add(gap);
                }
                assertThat(Duration.between(own.get(own.size() - 1).occurredAt(), config.end())).isLessThanOrEqualTo(Duration.ofDays(40));
                accounts++;
            }
        }
        assertThat(accounts).as("most people bank already").isGreaterThan(config.identities() / 2);
        assertThat(gaps).as("periods are jittered").hasSizeGreaterThan(accounts / 2);
    }

    @Test
    void customersWhoBankAlreadyAreKnownForYearsAFewForWeeks() {
        LocalDate start = day(quiet.config().start());
        List<LocalDate> since = quiet.profiles().stream().map(l -> l.event().profile().customerSince())
                .filter(d -> d.isBefore(start)).toList();
        long recent = since.stream().filter(d -> d.isAfter(start.minusDays(90))).count();

        assertThat(since).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(start.minusYears(20).minusDays(5)));
        assertThat((double) recent / since.size()).isBetween(0.01, 0.12);
        assertThat(since).anySatisfy(d -> assertThat(d).isBefore(start.minusYears(10)));
    }

    @Test
    void accountsOpenedDuringThePeriodAreRefreshedWithinHoursAndKnownSinceTheirOpeningDay() {
        Map<String, List<Event>> refreshes = byAccount(quiet.profiles());
        Instant lastChance = quiet.config().end().minus(Duration.ofHours(8));
        int checked = 0;
        for (EventLogLine opening : quiet.events(Scenario.LEGIT)) {
            Event e = opening.event();
            List<Event> own = refreshes.get(opening.tenant() + "/" + e.customerId());
            if (e.type() != EventType.ACCOUNT_OPENING || e.occurredAt().isAfter(lastChance)
                    || own.get(0).profile().customerSince().isBefore(day(quiet.config().start()))) {
                continue; // held before the period: its refreshes started with the period
            }
            assertThat(own.get(0).profile().customerSince()).isEqualTo(day(e.occurredAt()));
            assertThat(Duration.between(e.occurredAt(), own.get(0).occurredAt())).isPositive().isLessThanOrEqualTo(Duration.ofHours(8));
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void aCustomersContactChangeIsFollowedWithinHoursByARefreshWithTheNewValue() {
        SimulatedLog log = SimulatedLog.standard();
        Map<String, List<Event>> refreshes = byAccount(log.profiles());
        Set<String> attacked = new HashSet<>();
        log.events().stream().filter(l -> !Scenario.LEGIT.id().equals(l.scenario()))
                .forEach(l -> attacked.add(l.tenant() + "/" + l.event().customerId()));
        Instant lastChance = log.config().end().minus(HOURS_AFTER_A_CHANGE);
        int checked = 0;
        for (EventLogLine line : log.events(Scenario.LEGIT)) {
            Event change = line.event();
            String account = line.tenant() + "/" + change.customerId();
            if (change.contactChange() == null || change.contactChange().field() == ContactField.ADDRESS
                    || change.occurredAt().isAfter(lastChance) || attacked.contains(account)) {
                continue;
            }
            String value = change.contactChange().newValue();
            assertThat(refreshes.get(account)).as("refreshes of %s after %s", account, change).anySatisfy(refresh -> {
                assertThat(Duration.between(change.occurredAt(), refresh.occurredAt())).isPositive()
                        .isLessThanOrEqualTo(HOURS_AFTER_A_CHANGE);
                assertThat(contactsOf(refresh)).contains(value);
            });
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void refreshesMarkedLegitNeverCarryAFraudstersContactAndTheOthersDo() {
        Set<String> fraudsters = heavy.summary().fraudsterContacts();

        assertThat(heavy.profiles()).allSatisfy(line -> {
            boolean carriesFraudsters = contactsOf(line.event()).stream().anyMatch(fraudsters::contains);
            assertThat(carriesFraudsters).as("%s", line).isEqualTo(!Scenario.LEGIT.id().equals(line.scenario()));
        });
        Set<String> profileIds = new HashSet<>();
        heavy.profiles().forEach(l -> profileIds.add(l.event().eventId()));
        assertThat(heavy.labels()).as("profiles are never labelled").noneMatch(l -> profileIds.contains(l.label().eventId()));
    }

    @Test
    void banksAreSometimesFooledIntoVerifyingATakeoversNewContact() {
        Map<String, List<Event>> refreshes = byAccount(heavy.profiles());
        Instant lastChance = heavy.config().end().minus(HOURS_AFTER_A_CHANGE);
        Map<String, List<String>> takenOver = new HashMap<>();
        int changes = 0;
        int fooled = 0;
        for (EventLogLine line : heavy.events()) {
            Event change = line.event();
            if (!TAKEOVERS.contains(line.scenario()) || change.contactChange() == null) {
                continue;
            }
            String account = line.tenant() + "/" + change.customerId();
            String value = change.contactChange().newValue();
            takenOver.computeIfAbsent(account, k -> new ArrayList<>()).add(value);
            if (change.occurredAt().isAfter(lastChance)) {
                continue;
            }
            changes++;
            if (refreshes.getOrDefault(account, List.of()).stream().anyMatch(refresh -> contactsOf(refresh).contains(value)
                    && !refresh.occurredAt().isBefore(change.occurredAt())
                    && !refresh.occurredAt().isAfter(change.occurredAt().plus(HOURS_AFTER_A_CHANGE)))) {
                fooled++;
            }
        }

        assertThat(changes).isGreaterThan(100);
        assertThat((double) fooled / changes).as("share of takeovers' changes the bank verified").isBetween(0.3, 0.7);
        for (EventLogLine line : heavy.profiles()) {
            if (TAKEOVERS.contains(line.scenario())) {
                String account = line.tenant() + "/" + line.event().customerId();
                assertThat(contactsOf(line.event())).as("a fooled refresh carries what the takeover put in")
                        .containsAnyElementsOf(takenOver.getOrDefault(account, List.of()));
            }
        }
    }

    @Test
    void accountsOpenedInSomeoneElsesNameAreRefreshedOnlyOnceUsedAndWithTheApplicationsDetails() {
        Map<String, Event> openings = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (EventLogLine line : heavy.events()) {
            String account = line.tenant() + "/" + line.event().customerId();
            if (Set.of(Scenario.STOLEN_IDENTITY.id(), Scenario.SYNTHETIC_IDENTITY.id()).contains(line.scenario())) {
                if (line.event().type() == EventType.ACCOUNT_OPENING) {
                    openings.put(account, line.event());
                } else if (line.event().type() == EventType.LOGIN) {
                    used.add(account);
                }
            }
        }
        List<EventLogLine> refreshed = heavy.profiles().stream().filter(l -> openings.containsKey(l.tenant() + "/" + l.event().customerId())).toList();

        assertThat(refreshed).hasSizeGreaterThan(50).allSatisfy(line -> {
            String account = line.tenant() + "/" + line.event().customerId();
            Event opening = openings.get(account);
            assertThat(used).contains(account);
            assertThat(line.scenario()).isNotEqualTo(Scenario.LEGIT.id());
            assertThat(line.event().identity().nationalId()).isEqualTo(opening.identity().nationalId());
            assertThat(contactsOf(line.event())).containsExactly(opening.identity().email(), opening.identity().phone());
            assertThat(line.event().profile().customerSince()).isEqualTo(day(opening.occurredAt()));
        });
    }

    /** Profile refreshes by tenant and customer, in time order. */
    private static Map<String, List<Event>> byAccount(List<EventLogLine> profiles) {
        Map<String, List<Event>> byAccount = new HashMap<>();
        for (EventLogLine line : profiles) {
            byAccount.computeIfAbsent(line.tenant() + "/" + line.event().customerId(), k -> new ArrayList<>()).add(line.event());
        }
        return byAccount;
    }

    private static List<String> contactsOf(Event e) {
        return List.of(e.identity().email(), e.identity().phone());
    }

    private static LocalDate day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
