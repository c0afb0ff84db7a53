package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventValidationTests {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Event event(EventType type, Transaction tx) {
        return new Event("evt-1", type, Instant.parse("2026-11-28T10:15:30Z"), "c-1", null, null, null, null, null, null, tx);
    }

    private Set<String> invalidPaths(Event event) {
        return validator.validate(event).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void transactionWithoutTransactionBlockNamesTheBlock() {
        assertThat(invalidPaths(event(EventType.TRANSACTION, null))).containsExactly("transaction");
    }

    @Test
    void negativeAmountIsRejectedOnTheAmountField() {
        var tx = new Transaction(new BigDecimal("-1.00"), "GBP", Channel.TRANSFER, "p-1", null);
        assertThat(invalidPaths(event(EventType.TRANSACTION, tx))).containsExactly("transaction.amount");
    }

    @Test
    void validTransactionPasses() {
        var tx = new Transaction(new BigDecimal("12.50"), "GBP", Channel.CARD_PRESENT, "m-1", "5411");
        assertThat(invalidPaths(event(EventType.TRANSACTION, tx))).isEmpty();
    }

    @Test
    void accountOpeningNeedsIdentityWithNationalIdButNoCustomer() {
        var opening = new Event("evt-2", EventType.ACCOUNT_OPENING, Instant.now(), null, null,
                new Identity(null, "A", "B", null, "a@example.com", null, null), null, null, null, null, null);
        assertThat(invalidPaths(opening)).containsExactly("identity.nationalId");
    }

    @Test
    void loginNeedsDeviceAndLoginBlocks() {
        var login = new Event("evt-3", EventType.LOGIN, Instant.now(), "c-1", null, null, null, null, null, null, null);
        assertThat(invalidPaths(login)).containsExactlyInAnyOrder("device", "login");
    }

    @Test
    void oversizedEventIdIsRejected() {
        var e = new Event("x".repeat(129), EventType.PASSWORD_RESET, Instant.now(), "c-1", null, null, null, null, null, null, null);
        assertThat(invalidPaths(e)).containsExactly("eventId");
    }
}
