package io.github.idfraud.trainer;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactChange;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.contract.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Crafted events and labels for trainer tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Event opening(String id, Instant at, String nationalId, String email, String deviceId, String ip) {
        var identity = new Identity(nationalId, "Ada", "Lovelace", LocalDate.of(1984, 3, 2), email, "+447700900123",
                new Address("1 High Street", null, "London", "SW1A 1AA", "GB"));
        return new Event(id, EventType.ACCOUNT_OPENING, at, null, null, identity, new Device(deviceId, ip, "ua", 51.5, -0.12),
                null, null, null, null);
    }

    public static Event login(String id, Instant at, String customerId, String deviceId, String ip, boolean success) {
        return new Event(id, EventType.LOGIN, at, customerId, "acc-" + customerId, null,
                new Device(deviceId, ip, "ua", 51.5, -0.12), new Login(success, LoginMethod.PASSWORD), null, null, null);
    }

    public static Event emailChange(String id, Instant at, String customerId, String deviceId, String newEmail) {
        return new Event(id, EventType.CONTACT_CHANGE, at, customerId, "acc-" + customerId, null,
                new Device(deviceId, "198.51.100.9", "ua", null, null), null,
                new ContactChange(ContactField.EMAIL, "old@example.com", newEmail), null, null);
    }

    public static Event payee(String id, Instant at, String customerId, String deviceId, String payeeId) {
        return new Event(id, EventType.PAYEE_ADDED, at, customerId, "acc-" + customerId, null,
                new Device(deviceId, "198.51.100.9", "ua", null, null), null, null, new Payee(payeeId, "GB"), null);
    }

    public static Event transfer(String id, Instant at, String customerId, String deviceId, String counterparty, String amount) {
        return new Event(id, EventType.TRANSACTION, at, customerId, "acc-" + customerId, null,
                new Device(deviceId, "198.51.100.9", "ua", null, null), null, null, null,
                new Transaction(new BigDecimal(amount), "GBP", Channel.TRANSFER, counterparty, null));
    }

    public static Event card(String id, Instant at, String customerId, String deviceId, String merchant, String amount) {
        return new Event(id, EventType.TRANSACTION, at, customerId, "acc-" + customerId, null,
                new Device(deviceId, "203.0.113.20", "ua", 51.5, -0.12), null, null, null,
                new Transaction(new BigDecimal(amount), "GBP", Channel.CARD_PRESENT, merchant, "5411"));
    }

    public static Label label(String eventId, LabelValue value, Instant reportedAt) {
        return new Label(eventId, value, reportedAt, LabelSource.CHARGEBACK);
    }
}
