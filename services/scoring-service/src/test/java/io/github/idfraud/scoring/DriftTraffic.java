package io.github.idfraud.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Event streams for the drift tests. The usual stream: customers on their own device at home, card payments of a
 * few tens, logins, the odd payee or password reset. The shifted one: the same kind of bank seen through an attack
 * or a new market: transfers ten times larger, a new device for every event, other countries, more new payees.
 */
final class DriftTraffic {

    private static final double[][] ABROAD = {{-33.87, 151.21}, {40.71, -74.01}, {35.68, 139.69}, {-23.55, -46.63}, {1.35, 103.82}};

    private final SplittableRandom random;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final int network;

    DriftTraffic(long seed) {
        this.random = new SplittableRandom(seed);
        this.network = random.nextInt(256);
    }

    /** {@code count} event bodies, in time order from {@code start}, two seconds apart, about ten per customer. */
    List<String> stream(int count, Instant start, boolean shifted) {
        List<String> events = new ArrayList<>(count);
        int customers = Math.max(1, count / 10);
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(customers);
            String customer = "drift-" + run + "-c" + c;
            String device = shifted ? "drift-" + run + "-d" + i : "drift-" + run + "-d-of-c" + c;
            String ip = "10." + network + "." + (c / 256) + "." + (c % 256);
            double[] place = shifted ? ABROAD[random.nextInt(ABROAD.length)] : new double[] {51.5, -0.12};
            String eventId = "drift-" + run + "-e" + i + (shifted ? "-s" : "");
            Instant at = start.plusSeconds(2L * i);
            double pick = random.nextDouble();
            if (shifted ? pick < 0.6 : pick < 0.45) {
                double amount = Math.exp(random.nextDouble(2.5, 4.5)) * (shifted ? 10 : 1);
                events.add(transaction(eventId, at, customer, device, ip, place, amount, shifted ? "TRANSFER"
                        : random.nextBoolean() ? "CARD_PRESENT" : "CARD_NOT_PRESENT", "m" + random.nextInt(50)));
            } else if (shifted ? pick < 0.8 : pick < 0.9) {
                events.add(login(eventId, at, customer, device, ip, place));
            } else {
                events.add(payee(eventId, at, customer, device, ip, "payee-" + run + "-" + i));
            }
        }
        return events;
    }

    private static String login(String eventId, Instant at, String customer, String device, String ip, double[] place) {
        return String.format(Locale.ROOT, """
                {"eventId":"%s","type":"LOGIN","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"%s","latitude":%.2f,"longitude":%.2f},
                 "login":{"success":true,"method":"PASSWORD"}}""", eventId, at, customer, device, ip, place[0], place[1]);
    }

    private static String transaction(String eventId, Instant at, String customer, String device, String ip, double[] place,
                                      double amount, String channel, String counterparty) {
        return String.format(Locale.ROOT, """
                {"eventId":"%s","type":"TRANSACTION","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"%s","latitude":%.2f,"longitude":%.2f},
                 "transaction":{"amount":%.2f,"currency":"GBP","channel":"%s","counterpartyId":"%s"}}""",
                eventId, at, customer, device, ip, place[0], place[1], amount, channel, counterparty);
    }

    private static String payee(String eventId, Instant at, String customer, String device, String ip, String payeeId) {
        return String.format(Locale.ROOT, """
                {"eventId":"%s","type":"PAYEE_ADDED","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"%s"},"payee":{"payeeId":"%s","country":"GB"}}""",
                eventId, at, customer, device, ip, payeeId);
    }
}
