package io.github.idfraud.simulator;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StolenIdentityTests {

    private final SimulatedLog log = SimulatedLog.fraudHeavy();

    @Test
    void oneNationalIdAppliesAtTwoOrMoreBanksWithin48Hours() {
        Map<String, List<EventLogLine>> byNationalId = openings(Scenario.STOLEN_IDENTITY).stream()
                .collect(groupingBy(l -> l.event().identity().nationalId()));

        assertThat(byNationalId).hasSizeGreaterThan(100);
        long incidentsAcrossBanks = byNationalId.values().stream().filter(StolenIdentityTests::twoBanksIn48Hours).count();
        assertThat(incidentsAcrossBanks).isGreaterThan(byNationalId.size() * 9L / 10);
        assertThat(byNationalId.values()).allSatisfy(apps -> assertThat(apps).hasSizeBetween(1, 6));
    }

    @Test
    void applicationsUseTheVictimsRealNameAndBirthDateAndAtMostOneOfTheirOwnContacts() {
        Map<String, Identity> victims = new HashMap<>();
        for (EventLogLine l : openings(Scenario.LEGIT)) {
            victims.putIfAbsent(l.event().identity().nationalId(), l.event().identity());
        }

        assertThat(openings(Scenario.STOLEN_IDENTITY)).allSatisfy(l -> {
            Identity used = l.event().identity();
            Identity real = victims.get(used.nationalId());
            assertThat(real).as("the victim is a real person of the population").isNotNull();
            assertThat(used.firstName()).isEqualTo(real.firstName());
            assertThat(used.lastName()).isEqualTo(real.lastName());
            assertThat(used.dateOfBirth()).isEqualTo(real.dateOfBirth());
            assertThat(used.email().equals(real.email()) && used.phone().equals(real.phone()))
                    .as("at least one contact detail is the fraudster's").isFalse();
        });
        long partlyTrue = openings(Scenario.STOLEN_IDENTITY).stream().filter(l -> {
            Identity real = victims.get(l.event().identity().nationalId());
            return l.event().identity().email().equals(real.email()) || l.event().identity().phone().equals(real.phone());
        }).count();
        assertThat(partlyTrue).as("some applications mix in the victim's own e-mail or phone").isPositive()
                .isLessThan(openings(Scenario.STOLEN_IDENTITY).size() / 2);
    }

    @Test
    void fraudsterDevicesAreReusedAcrossVictims() {
        Map<String, Long> victimsPerDevice = openings(Scenario.STOLEN_IDENTITY).stream()
                .collect(groupingBy(l -> l.event().device().deviceId(),
                        Collectors.mapping(l -> l.event().identity().nationalId(), Collectors.toSet())))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));

        assertThat(victimsPerDevice.values()).anySatisfy(victims -> assertThat(victims).isGreaterThan(1));
    }

    @Test
    void noIncidentsWhenTheRateIsZero() {
        SimulationConfig base = SimulationConfig.defaults(5, 15, 400);
        SimulatedLog quiet = SimulatedLog.run(base.withStolenIdentity(base.stolenIdentity().withDailyRate(0)));

        assertThat(quiet.events(Scenario.STOLEN_IDENTITY)).isEmpty();
    }

    private List<EventLogLine> openings(Scenario scenario) {
        return log.events(scenario).stream().filter(l -> l.event().type() == EventType.ACCOUNT_OPENING).toList();
    }

    private static boolean twoBanksIn48Hours(List<EventLogLine> applications) {
        for (EventLogLine a : applications) {
            for (EventLogLine b : applications) {
                Duration apart = Duration.between(a.event().occurredAt(), b.event().occurredAt()).abs();
                if (!a.tenant().equals(b.tenant()) && apart.compareTo(Duration.ofHours(48)) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
