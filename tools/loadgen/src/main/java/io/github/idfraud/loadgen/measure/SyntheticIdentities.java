package io.github.idfraud.loadgen.measure;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.contract.Transaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A few events per synthetic person that touch every identifier kind and fill every window: an account opening
 * (national ID, email, phone, address, device, IP, customer) on day 0, a login on day 10, a new payee on day 20,
 * a transfer to it on day 21 and a card payment at a shared merchant on day 22. Phases run in event-time order;
 * within a phase people follow each other over 18 hours. Device, IP, payee are the person's own; merchants are
 * shared ({@link #MERCHANTS} of them), as in real traffic.
 */
final class SyntheticIdentities {

    static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    static final int PHASES = 5;
    static final int MERCHANTS = 2_000;
    private static final int[] PHASE_DAY = {0, 10, 20, 21, 22};
    private static final List<String> TENANTS = List.of("bank-a", "bank-b", "bank-c");

    private final int people;

    SyntheticIdentities(int people) {
        this.people = people;
    }

    static String tenantOf(int person) {
        return TENANTS.get(person % TENANTS.size());
    }

    /** Event of {@code person} in {@code phase}; times increase with (phase, person). */
    Event event(int phase, int person) {
        Instant at = START.plus(Duration.ofDays(PHASE_DAY[phase])).plusSeconds((long) person * 64_800 / people);
        String id = "mem-" + phase + "-" + person;
        String customer = "cust-" + person;
        String account = "acc-" + person;
        Device device = new Device("dev-" + person, ip(person), "Mozilla/5.0 (bench)", null, null);
        return switch (phase) {
            case 0 -> new Event(id, EventType.ACCOUNT_OPENING, at, customer, account, identity(person), device, null,
                    null, null, null);
            case 1 -> new Event(id, EventType.LOGIN, at, customer, account, null, device,
                    new Login(true, LoginMethod.PASSWORD), null, null, null);
            case 2 -> new Event(id, EventType.PAYEE_ADDED, at, customer, account, null, device, null, null,
                    new Payee(payee(person), "GB"), null);
            case 3 -> new Event(id, EventType.TRANSACTION, at, customer, account, null, device, null, null, null,
                    new Transaction(new BigDecimal("250.00"), "GBP", Channel.TRANSFER, payee(person), null));
            case 4 -> new Event(id, EventType.TRANSACTION, at, customer, account, null, null, null, null, null,
                    new Transaction(new BigDecimal("42.10"), "GBP", Channel.CARD_PRESENT,
                            "merchant-" + (person % MERCHANTS), "5411"));
            default -> throw new IllegalArgumentException("phase " + phase + " of " + PHASES);
        };
    }

    private static Identity identity(int person) {
        return new Identity(String.format(Locale.ROOT, "BN%07dA", person), "Bench", "Person" + person,
                LocalDate.of(1960, 1, 1).plusDays(person % 15_000), "person" + person + "@bench.example",
                String.format(Locale.ROOT, "+4477%08d", person),
                new Address(person + " Bench Street", null, "London", "E1 " + (person % 10) + "AA", "GB"));
    }

    private static String ip(int person) {
        return "10." + ((person >> 16) & 255) + "." + ((person >> 8) & 255) + "." + (person & 255);
    }

    private static String payee(int person) {
        return "payee-" + person;
    }
}
