package io.github.idfraud.demo;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's ground truth about who should hear of an incident: the e-mail each bank verified for its real
 * customers (profile refreshes whose scenario is {@code legit}), who holds each national ID, and which addresses
 * fraudsters control. Used only to judge the consumer loop from outside, never by the services.
 */
final class ContactTruth {

    /** One verified refresh of a real person's contact at one bank. */
    private record Verified(Instant at, String email, LocalDate customerSince, String customerKey) {
    }

    private final Map<String, List<Verified>> byCustomer = new HashMap<>();
    private final Map<String, List<Verified>> byNationalId = new HashMap<>();
    private final Map<String, EventLogLine> byEvent = new HashMap<>();
    /** The national ID each bank gave for each customer in its profiles, real or not. */
    private final Map<String, String> nationalIdOfCustomer = new HashMap<>();
    private final Set<String> fraudsterContacts;
    private final Duration establishedAfter;

    /**
     * @param establishedAfter how long a bank must have known a national ID's holder for an application elsewhere to
     *                         be notified to them (the scoring service's setting)
     */
    ContactTruth(List<EventLogLine> lines, Set<String> fraudsterContacts, Duration establishedAfter) {
        this.establishedAfter = establishedAfter;
        this.fraudsterContacts = fraudsterContacts.stream().map(ContactTruth::normal).collect(java.util.stream.Collectors.toSet());
        for (EventLogLine line : lines) {
            if (!line.isEvent()) {
                continue;
            }
            Event event = line.event();
            byEvent.put(eventKey(line.tenant(), event.eventId()), line);
            if (event.type() == EventType.PROFILE_VERIFIED && event.identity().nationalId() != null) {
                nationalIdOfCustomer.put(customerKey(line.tenant(), event.customerId()), event.identity().nationalId());
            }
            if (event.type() == EventType.PROFILE_VERIFIED && "legit".equals(line.scenario())
                    && event.identity().email() != null) {
                String customer = customerKey(line.tenant(), event.customerId());
                Verified verified = new Verified(event.occurredAt(), normal(event.identity().email()),
                        event.profile().customerSince(), customer);
                byCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(verified);
                if (event.identity().nationalId() != null) {
                    byNationalId.computeIfAbsent(event.identity().nationalId(), k -> new ArrayList<>()).add(verified);
                }
            }
        }
    }

    Optional<EventLogLine> line(String tenant, String eventId) {
        return Optional.ofNullable(byEvent.get(eventKey(tenant, eventId)));
    }

    boolean isFraudsterAddress(String email) {
        return fraudsterContacts.contains(normal(email));
    }

    /**
     * The address a fraud event's victim had verified at their bank before it. For an account of a real customer, the
     * customer's own; for an account opening, or an account a fraudster opened with someone's identity, that of the
     * national ID's real holder whom a bank has known longest, if long enough. Empty when the victim is unreachable
     * (never verified, or a synthetic identity with no real holder).
     */
    Optional<String> victimAddress(EventLogLine fraud) {
        Event event = fraud.event();
        Instant at = event.occurredAt();
        if (event.type() == EventType.ACCOUNT_OPENING) {
            return holderAddress(event.identity().nationalId(), at);
        }
        String customer = customerKey(fraud.tenant(), event.customerId());
        if (byCustomer.containsKey(customer)) {
            return latestBefore(customer, at);
        }
        return Optional.ofNullable(nationalIdOfCustomer.get(customer)).flatMap(nationalId -> holderAddress(nationalId, at));
    }

    private Optional<String> holderAddress(String nationalId, Instant at) {
        LocalDate latestSince = LocalDate.ofInstant(at.minus(establishedAfter), ZoneOffset.UTC);
        return byNationalId.getOrDefault(nationalId, List.of()).stream()
                .filter(v -> !v.at().isAfter(at) && !v.customerSince().isAfter(latestSince))
                .min(Comparator.comparing(Verified::customerSince))
                .flatMap(holder -> latestBefore(holder.customerKey(), at));
    }

    private Optional<String> latestBefore(String customer, Instant at) {
        return byCustomer.getOrDefault(customer, List.of()).stream().filter(v -> !v.at().isAfter(at))
                .max(Comparator.comparing(Verified::at)).map(Verified::email);
    }

    static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String eventKey(String tenant, String eventId) {
        return tenant + "/" + eventId;
    }

    private static String customerKey(String tenant, String customerId) {
        return tenant + "/" + customerId;
    }
}
