package io.github.idfraud.loadgen.chaos;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Profile;
import io.github.idfraud.contract.Transaction;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One phase's traffic, in rounds: every customer of the phase first has their e-mail verified by their bank
 * ({@code PROFILE_VERIFIED}), then makes {@link #SCORED_PER_CUSTOMER} scored events (logins and card payments), one
 * customer in {@link #ALERTING_EVERY} of them a large transfer the chaos rule declines: an alert, a case and a
 * "Was this you?" e-mail. A round sends one event of every customer, in a shuffled order, so each customer's events
 * are spread over the whole phase and every fault lands in the middle of many customers' histories. Event times
 * follow the intended send times, so each customer's events stay in time order whatever the retries do.
 */
final class PhaseTraffic {

    static final int SCORED_PER_CUSTOMER = 7;
    static final int ALERTING_EVERY = 8;
    /** The amount the chaos rule declines at or above (see {@link ChaosRule}). */
    static final BigDecimal LARGE_TRANSFER = new BigDecimal("9500.00");
    static final String EVENTS_PATH = "/v1/events";

    private static final String PROBE_PATH = EVENTS_PATH + "?explain=true";
    private static final ObjectMapper JSON = ContractJson.newMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final String phase;
    private final Map<String, String> keyByTenant;
    private final List<Customer> customers;
    private final List<PreparedRequest> requests;
    private final List<Sent> sent;

    /** A customer of the phase: who they bank with, their id, and the address their bank verified. */
    record Customer(String tenant, String customerId, String email, boolean alerting) {
    }

    /** What request {@code i} of the phase is: whose event, which, and whether the service scores it. */
    record Sent(Customer customer, String eventId, EventType type, boolean scored) {
    }

    private PhaseTraffic(String phase, Map<String, String> keyByTenant, List<Customer> customers,
                         List<PreparedRequest> requests, List<Sent> sent) {
        this.phase = phase;
        this.keyByTenant = keyByTenant;
        this.customers = customers;
        this.requests = requests;
        this.sent = sent;
    }

    /**
     * @param runId    this run's id, in every customer and event id, so runs never meet in Redis or PostgreSQL
     * @param events   about how many requests the phase sends
     * @param start    the intended time of the phase's first request (event times follow the sending schedule)
     */
    static PhaseTraffic plan(String runId, String phase, int events, double rate, Instant start,
                             Map<String, String> keyByTenant, long seed) {
        List<String> tenants = keyByTenant.keySet().stream().sorted().toList();
        int perCustomer = SCORED_PER_CUSTOMER + 1;
        int count = Math.max(tenants.size(), events / perCustomer);
        List<Customer> customers = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            String id = "chaos-" + runId + "-" + phase + "-c" + c;
            customers.add(new Customer(tenants.get(c % tenants.size()), id,
                    "c" + c + "." + phase + "." + runId + "@chaos.example", c % ALERTING_EVERY == 0));
        }
        Random random = new Random(seed ^ phase.hashCode());
        List<PreparedRequest> requests = new ArrayList<>(count * perCustomer);
        List<Sent> sent = new ArrayList<>(count * perCustomer);
        List<Customer> order = new ArrayList<>(customers);
        for (int round = 0; round < perCustomer; round++) {
            Collections.shuffle(order, random);
            for (Customer customer : order) {
                int slot = requests.size();
                Instant at = start.plusNanos(OpenLoopSender.intendedOffsetNanos(slot, rate));
                String eventId = customer.customerId() + "-e" + round;
                Event event = event(customer, round, eventId, at, random);
                requests.add(PreparedRequest.timed(EVENTS_PATH, "Bearer " + keyByTenant.get(customer.tenant()),
                        write(event)));
                sent.add(new Sent(customer, eventId, event.type(), event.type() != EventType.PROFILE_VERIFIED));
            }
        }
        return new PhaseTraffic(phase, Map.copyOf(keyByTenant), List.copyOf(customers), List.copyOf(requests),
                List.copyOf(sent));
    }

    /** One explained login per customer, in {@link #customers()} order, on the customer's usual device. */
    List<PreparedRequest> probes(Instant at) {
        List<PreparedRequest> probes = new ArrayList<>(customers.size());
        for (Customer customer : customers) {
            Event probe = new Event(customer.customerId() + "-probe", EventType.LOGIN, at, customer.customerId(), null,
                    null, device(customer), new Login(true, LoginMethod.PASSWORD), null, null, null);
            probes.add(PreparedRequest.timed(PROBE_PATH, "Bearer " + keyByTenant.get(customer.tenant()), write(probe)));
        }
        return probes;
    }

    private static Device device(Customer customer) {
        return new Device("dev-" + customer.customerId(), "198.51.100." + (1 + Math.floorMod(customer.customerId()
                .hashCode(), 250)), "chaos-agent", null, null);
    }

    private static Event event(Customer customer, int round, String eventId, Instant at, Random random) {
        Device device = device(customer);
        if (round == 0) {
            Identity identity = new Identity(null, null, null, null, customer.email(), null, null);
            return new Event(eventId, EventType.PROFILE_VERIFIED, at, customer.customerId(), null, identity, null,
                    null, null, null, null, new Profile(LocalDate.of(2019, 5, 1)));
        }
        if (customer.alerting() && round == SCORED_PER_CUSTOMER - 1) {
            Transaction transfer = new Transaction(LARGE_TRANSFER, "EUR", Channel.TRANSFER,
                    "payee-" + customer.customerId(), null);
            return new Event(eventId, EventType.TRANSACTION, at, customer.customerId(), null, null, device, null,
                    null, null, transfer);
        }
        if (round % 2 == 1) {
            return new Event(eventId, EventType.LOGIN, at, customer.customerId(), null, null, device,
                    new Login(true, LoginMethod.PASSWORD), null, null, null);
        }
        Transaction payment = new Transaction(BigDecimal.valueOf(5 + random.nextInt(60)).setScale(2), "EUR",
                Channel.CARD_PRESENT, "m-" + (1 + random.nextInt(40)), "5411");
        return new Event(eventId, EventType.TRANSACTION, at, customer.customerId(), null, null, device, null, null,
                null, payment);
    }

    private static byte[] write(Event event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render event " + event.eventId(), e);
        }
    }

    /** The customer id an event id of this traffic belongs to ({@code <customerId>-e<round>} or {@code -probe}). */
    static String customerOf(String eventId) {
        return eventId.substring(0, eventId.lastIndexOf('-'));
    }

    String phase() {
        return phase;
    }

    List<Customer> customers() {
        return customers;
    }

    List<PreparedRequest> requests() {
        return requests;
    }

    Sent sent(int index) {
        return sent.get(index);
    }

    /** Scored events per customer id: what each customer's windows must count once every event has its answer. */
    Map<String, Integer> scoredPerCustomer() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sent s : sent) {
            if (s.scored()) {
                counts.merge(s.customer().customerId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
