package io.github.idfraud.trainer;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogWriter;
import io.github.idfraud.contract.LabelValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A tiny throwaway event-log generator for trainer tests (the real one is the simulator module): card payments and
 * logins of ordinary customers, account takeovers (new device, e-mail change, new payee, large transfer to a mule)
 * and stolen-identity application bursts across banks, with FRAUD labels reported days later.
 */
public final class ToyLogGenerator {

    static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final String[] TENANTS = {"bank-a", "bank-b", "bank-c"};

    private final Random random;
    private final List<Timed> lines = new ArrayList<>();
    private int nextId;

    public ToyLogGenerator(long seed) {
        this.random = new Random(seed);
    }

    private record Timed(Instant at, EventLogLine line) {
    }

    public void write(Path file, int customers, int days) throws IOException {
        for (int c = 0; c < customers; c++) {
            customer("c-" + c, TENANTS[c % TENANTS.length], days);
        }
        for (int d = 0; d < days; d++) {
            if (random.nextDouble() < 0.4) {
                stolenIdentityBurst(START.plus(Duration.ofDays(d)).plusSeconds(random.nextInt(80_000)));
            }
        }
        lines.sort(Comparator.comparing(Timed::at));
        try (EventLogWriter writer = EventLogWriter.create(file)) {
            lines.forEach(t -> writer.write(t.line()));
        }
    }

    private void customer(String id, String tenant, int days) {
        String device = "dev-" + id;
        String ip = "203.0.113." + random.nextInt(250);
        Instant takeoverAt = random.nextDouble() < 0.06
                ? START.plus(Duration.ofDays(2 + random.nextInt(days - 2))).plusSeconds(random.nextInt(80_000)) : null;
        for (int d = 0; d < days; d++) {
            Instant day = START.plus(Duration.ofDays(d));
            int payments = 1 + random.nextInt(3);
            for (int p = 0; p < payments; p++) {
                Instant at = day.plusSeconds(28_000 + random.nextInt(50_000));
                String amount = String.valueOf(5 + random.nextInt(80));
                legit(tenant, TestEvents.card(id(), at, id, device, "m-" + random.nextInt(30), amount + ".00"), at);
            }
            if (random.nextDouble() < 0.5) {
                Instant at = day.plusSeconds(25_000 + random.nextInt(40_000));
                legit(tenant, TestEvents.login(id(), at, id, device, ip, random.nextDouble() > 0.05), at);
            }
        }
        if (takeoverAt != null) {
            takeover(id, tenant, takeoverAt);
        }
    }

    private void takeover(String customer, String tenant, Instant at) {
        String device = "fraud-dev-" + random.nextInt(4);
        String mule = "mule-" + random.nextInt(6);
        Instant t = at;
        fraud(tenant, TestEvents.login(id(), t, customer, device, "198.51.100.66", false), t, false);
        t = t.plusSeconds(60);
        fraud(tenant, TestEvents.login(id(), t, customer, device, "198.51.100.66", true), t, true);
        t = t.plusSeconds(300);
        fraud(tenant, TestEvents.emailChange(id(), t, customer, device, "takeover" + random.nextInt(1000) + "@example.net"), t, true);
        t = t.plusSeconds(600);
        fraud(tenant, TestEvents.payee(id(), t, customer, device, mule), t, true);
        t = t.plusSeconds(900);
        fraud(tenant, TestEvents.transfer(id(), t, customer, device, mule, (1000 + random.nextInt(3000)) + ".00"), t, true);
    }

    private void stolenIdentityBurst(Instant at) {
        String nationalId = "QQ" + (100000 + random.nextInt(899999)) + "C";
        String device = "fraud-dev-" + random.nextInt(4);
        Instant t = at;
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            String tenant = TENANTS[i % TENANTS.length];
            var event = TestEvents.opening(id(), t, nationalId, "victim" + random.nextInt(100_000) + "@example.org",
                    device, "198.51.100.77");
            lines.add(new Timed(t, EventLogLine.event(tenant, event, "stolen_identity")));
            labelLater(tenant, event.eventId(), t, LabelValue.FRAUD);
            t = t.plusSeconds(600 + random.nextInt(3000));
        }
        // The victim's own, genuine application shows up too.
        var genuine = TestEvents.opening(id(), t.plusSeconds(86_400L * 20), "GB" + random.nextInt(1_000_000), "own@example.com",
                "dev-own-" + nextId, "203.0.113.250");
        lines.add(new Timed(genuine.occurredAt(), EventLogLine.event(TENANTS[0], genuine, "legit")));
    }

    private void legit(String tenant, io.github.idfraud.contract.Event event, Instant at) {
        lines.add(new Timed(at, EventLogLine.event(tenant, event, "legit")));
        if (random.nextDouble() < 0.01) {
            labelLater(tenant, event.eventId(), at, LabelValue.LEGIT);
        }
    }

    private void fraud(String tenant, io.github.idfraud.contract.Event event, Instant at, boolean labelled) {
        lines.add(new Timed(at, EventLogLine.event(tenant, event, "account_takeover")));
        if (labelled) {
            labelLater(tenant, event.eventId(), at, LabelValue.FRAUD);
        }
    }

    private void labelLater(String tenant, String eventId, Instant at, LabelValue value) {
        Instant reported = at.plusSeconds(3_600 + random.nextInt(5 * 86_400));
        lines.add(new Timed(reported, EventLogLine.label(tenant, TestEvents.label(eventId, value, reported))));
    }

    private String id() {
        return "evt-" + (++nextId);
    }
}
