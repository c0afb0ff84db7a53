package io.github.idfraud.features;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactChange;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.contract.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Crafted events for engine tests. */
final class Events {

    private static final AtomicInteger IDS = new AtomicInteger();

    private Events() {
    }

    static String nextId() {
        return "evt-" + IDS.incrementAndGet();
    }

    static Event opening(Instant at, String nationalId, String email, String phone, String deviceId) {
        var identity = new Identity(nationalId, "Ada", "Lovelace", java.time.LocalDate.of(1984, 3, 2), email, phone,
                new Address("1 High Street", null, "London", "SW1A 1AA", "GB"));
        var device = deviceId == null ? null : new Device(deviceId, "203.0.113.7", "ua", 51.5, -0.12);
        return new Event(nextId(), EventType.ACCOUNT_OPENING, at, null, null, identity, device, null, null, null, null);
    }

    static Event login(Instant at, String customerId, String deviceId, String ip, double lat, double lon, boolean success) {
        return new Event(nextId(), EventType.LOGIN, at, customerId, "acc-1", null, new Device(deviceId, ip, "ua", lat, lon),
                new Login(success, LoginMethod.PASSWORD), null, null, null);
    }

    static Event emailChange(Instant at, String customerId, String deviceId, String oldEmail, String newEmail) {
        return new Event(nextId(), EventType.CONTACT_CHANGE, at, customerId, "acc-1", null,
                new Device(deviceId, "198.51.100.9", "ua", null, null), null,
                new ContactChange(ContactField.EMAIL, oldEmail, newEmail), null, null);
    }

    static Event payee(Instant at, String customerId, String deviceId, String payeeId) {
        return new Event(nextId(), EventType.PAYEE_ADDED, at, customerId, "acc-1", null,
                new Device(deviceId, "198.51.100.9", "ua", null, null), null, null, new Payee(payeeId, "GB"), null);
    }

    static Event transfer(Instant at, String customerId, String deviceId, String counterparty, String amount) {
        return new Event(nextId(), EventType.TRANSACTION, at, customerId, "acc-1", null,
                deviceId == null ? null : new Device(deviceId, "198.51.100.9", "ua", null, null), null, null, null,
                new Transaction(new BigDecimal(amount), "GBP", Channel.TRANSFER, counterparty, null));
    }
}
