package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ground truth of which e-mail addresses and phone numbers fraudsters control, for counting notices sent to them. */
class FraudsterContactTests {

    private final SimulatedLog heavy = SimulatedLog.fraudHeavy();

    @Test
    void fraudsterContactsAreExactlyThoseFraudPutInTheLog() {
        SimulationConfig config = heavy.config();
        World world = new World(config);
        Set<String> own = new HashSet<>();
        for (int i = 0; i < config.identities(); i++) {
            own.add(world.people.person(i).email());
            own.add(world.people.person(i).phone());
        }
        Set<String> inLog = new HashSet<>();
        Set<String> putInByFraud = new HashSet<>();
        for (EventLogLine line : heavy.events()) {
            Event e = line.event();
            boolean fraud = !Scenario.LEGIT.id().equals(line.scenario());
            if (e.identity() != null) {
                inLog.addAll(contactsOf(e));
                if (fraud && e.type() == EventType.ACCOUNT_OPENING) {
                    contactsOf(e).stream().filter(c -> !own.contains(c)).forEach(putInByFraud::add);
                }
            }
            if (e.contactChange() != null && e.contactChange().field() != ContactField.ADDRESS) {
                inLog.add(e.contactChange().oldValue());
                inLog.add(e.contactChange().newValue());
                (fraud ? putInByFraud : own).add(e.contactChange().newValue());
            }
        }
        Set<String> fraudsters = heavy.summary().fraudsterContacts();

        assertThat(inLog).containsAll(fraudsters);
        assertThat(fraudsters).doesNotContainAnyElementsOf(own).containsAll(putInByFraud);
        assertThat(fraudsters.stream().filter(c -> c.contains("@"))).hasSizeGreaterThan(50);
        assertThat(fraudsters.stream().filter(c -> c.startsWith("+"))).hasSizeGreaterThan(50);
    }

    @Test
    void aRunWithoutFraudKnowsNoFraudsterContact() {
        SimulationConfig quiet = SimulationConfig.defaults(3, 20, 500).withoutFraud();

        assertThat(SimulatedLog.of(quiet).summary().fraudsterContacts()).isEmpty();
    }

    private static List<String> contactsOf(Event e) {
        return List.of(e.identity().email(), e.identity().phone());
    }
}
