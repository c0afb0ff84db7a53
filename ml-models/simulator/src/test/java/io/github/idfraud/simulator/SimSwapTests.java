package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LoginMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimSwapTests {

    private final SimulatedLog log = SimulatedLog.fraudHeavy();

    @Test
    void phoneMovesThenOneTimeCodeResetAndLoginThenPayeeAndTransfer() {
        Map<String, List<Event>> incidents = new LinkedHashMap<>();
        for (EventLogLine line : log.events(Scenario.SIM_SWAP)) {
            incidents.computeIfAbsent(line.tenant() + "/" + line.event().customerId(), k -> new ArrayList<>()).add(line.event());
        }

        assertThat(incidents).hasSizeGreaterThan(20);
        assertThat(incidents.values()).allSatisfy(chain -> {
            assertThat(chain).extracting(Event::type).containsExactly(EventType.CONTACT_CHANGE, EventType.PASSWORD_RESET,
                    EventType.LOGIN, EventType.PAYEE_ADDED, EventType.TRANSACTION);
            assertThat(chain.get(0).contactChange().field()).isEqualTo(ContactField.PHONE);
            assertThat(chain.get(2).login().method()).isEqualTo(LoginMethod.ONE_TIME_CODE);
            assertThat(chain.get(4).transaction().channel()).isEqualTo(Channel.TRANSFER);
            assertThat(chain.get(4).transaction().counterpartyId()).isEqualTo(chain.get(3).payee().payeeId());
            assertThat(Duration.between(chain.get(0).occurredAt(), chain.get(4).occurredAt())).isLessThan(Duration.ofHours(2));
        });
    }

    @Test
    void thePhoneChangeStartsFromTheVictimsOwnNumber() {
        Map<String, String> phone = new HashMap<>();
        int checked = 0;
        for (EventLogLine line : log.events()) {
            Event e = line.event();
            String customer = line.tenant() + "/" + e.customerId();
            if ("legit".equals(line.scenario()) && e.identity() != null) {
                phone.put(customer, e.identity().phone());
            } else if ("legit".equals(line.scenario()) && e.contactChange() != null && e.contactChange().field() == ContactField.PHONE) {
                phone.put(customer, e.contactChange().newValue());
            } else if ("sim_swap".equals(line.scenario()) && e.contactChange() != null) {
                assertThat(e.contactChange().oldValue()).isEqualTo(phone.get(customer));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
