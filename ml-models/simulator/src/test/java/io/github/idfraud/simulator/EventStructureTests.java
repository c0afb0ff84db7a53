package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The structural rules of DESIGN.md's event contract, checked directly rather than through a validator. */
class EventStructureTests {

    @Test
    void everyEventHasTheBlocksItsTypeRequires() {
        assertThat(SimulatedLog.fraudHeavy().events()).allSatisfy(line -> {
            Event e = line.event();
            assertThat(e.eventId()).matches("[A-Za-z0-9._:\\-]+");
            assertThat(e.type()).isNotNull();
            assertThat(e.occurredAt()).isNotNull();
            switch (e.type()) {
                case ACCOUNT_OPENING -> {
                    assertThat(e.identity()).isNotNull();
                    assertThat(e.identity().nationalId()).isNotBlank();
                }
                case LOGIN -> {
                    assertThat(e.device()).isNotNull();
                    assertThat(e.login()).isNotNull();
                    assertThat(e.login().success()).isNotNull();
                }
                case CONTACT_CHANGE -> assertThat(e.contactChange()).isNotNull();
                case PAYEE_ADDED -> assertThat(e.payee()).isNotNull();
                case TRANSACTION -> assertThat(e.transaction()).isNotNull();
                case PASSWORD_RESET -> { }
                case PROFILE_VERIFIED -> {
                    assertThat(e.profile()).isNotNull();
                    assertThat(e.profile().customerSince()).isBeforeOrEqualTo(e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate());
                    assertThat(e.identity().email()).isNotBlank();
                    assertThat(e.identity().phone()).isNotBlank();
                    assertThat(e.identity().nationalId()).isNotBlank();
                    assertThat(e.device()).as("a bank sends it on its own, from no session").isNull();
                }
            }
            if (e.type() != EventType.ACCOUNT_OPENING) {
                assertThat(e.customerId()).isNotBlank();
            }
        });
    }

    @Test
    void fieldsHaveTheContractFormats() {
        assertThat(SimulatedLog.fraudHeavy().events()).allSatisfy(line -> {
            Event e = line.event();
            assertThat(line.tenant()).isIn(SimulationConfig.DEFAULT_TENANTS);
            assertThat(line.scenario()).isNotBlank();
            if (e.identity() != null) {
                assertThat(e.identity().nationalId()).matches("[A-Z]{2}[0-9]{6}[A-D]");
                assertThat(e.identity().phone()).matches("\\+447[0-9]{9}");
                assertThat(e.identity().email()).matches("[a-z.]+[0-9]{7}@[a-z.]+");
            }
            if (e.type() == EventType.PROFILE_VERIFIED) {
                assertThat(e.identity().firstName()).isNotBlank();
                assertThat(e.identity()).as("only what the notice needs").extracting("lastName", "dateOfBirth", "address")
                        .containsOnlyNulls();
            } else if (e.identity() != null) {
                assertThat(e.identity().dateOfBirth()).isBefore(java.time.LocalDate.of(2008, 10, 2));
                assertThat(e.identity().address().country()).matches("[A-Z]{2}");
            }
            if (e.device() != null) {
                assertThat(e.device().ip()).matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
                assertThat(e.device().latitude()).isBetween(-90.0, 90.0);
                assertThat(e.device().longitude()).isBetween(-180.0, 180.0);
            }
            if (e.transaction() != null) {
                assertThat(e.transaction().amount().scale()).isEqualTo(2);
                assertThat(e.transaction().amount().signum()).isPositive();
                assertThat(e.transaction().currency()).isEqualTo("GBP");
                assertThat(e.transaction().counterpartyId()).isNotBlank();
                if (e.transaction().channel() != Channel.TRANSFER) {
                    assertThat(e.transaction().merchantCategory()).matches("[0-9]{4}");
                }
            }
            if (e.contactChange() != null) {
                assertThat(e.contactChange().newValue()).isNotEqualTo(e.contactChange().oldValue());
            }
            if (e.payee() != null) {
                assertThat(e.payee().country()).matches("[A-Z]{2}");
            }
        });
    }

    @Test
    void legitimateOpeningsKeepOneNationalIdPerPerson() {
        Map<String, String> personByNationalId = new HashMap<>();

        assertThat(SimulatedLog.standard().events(Scenario.LEGIT)).allSatisfy(line -> {
            var id = line.event().identity();
            if (id != null) {
                String person = id.firstName() + " " + id.lastName() + " " + id.dateOfBirth();
                assertThat(personByNationalId.putIfAbsent(id.nationalId(), person)).isIn(null, person);
            }
        });
        assertThat(personByNationalId).hasSizeGreaterThan(2_900);
    }

    @Test
    void everyTypeAndEveryLegitimateBehaviourOccurs() {
        SimulatedLog log = SimulatedLog.standard();

        assertThat(log.summary().eventsByType()).allSatisfy((type, count) -> assertThat(count).as("%s", type).isPositive());
        assertThat(log.events(Scenario.LEGIT)).extracting(l -> l.event().transaction() == null ? null : l.event().transaction().channel())
                .contains(Channel.CARD_PRESENT, Channel.CARD_NOT_PRESENT, Channel.TRANSFER, Channel.ATM);
        assertThat(log.events(Scenario.LEGIT)).anySatisfy(l -> assertThat(l.event().login()).isNotNull()
                .satisfies(login -> assertThat(login.success()).isFalse()));
    }
}
