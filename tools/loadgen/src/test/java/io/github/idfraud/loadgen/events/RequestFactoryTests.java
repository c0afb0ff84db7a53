package io.github.idfraud.loadgen.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.harness.PreparedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFactoryTests {

    private static final Instant T0 = Instant.parse("2026-10-06T00:00:00Z");

    private final EventPool pool = EventPool.of(List.of(
            entry("bank-a", "c-1", 0), entry("bank-b", "c-2", 3_600), entry("bank-a", "c-1", 86_400 + 7_200)), 2);
    private final RequestFactory factory = new RequestFactory(pool, Map.of("bank-a", "key-a", "bank-b", "key-b"), "bench-x");
    private final ObjectMapper json = new ObjectMapper();

    private static EventPool.Entry entry(String tenant, String customer, long second) {
        return new EventPool.Entry(tenant, new Event("sim-" + second, EventType.LOGIN, T0.plusSeconds(second), customer,
                null, null, new io.github.idfraud.contract.Device("d-" + customer, "203.0.113.7", null, null, null),
                new Login(true, LoginMethod.PASSWORD), null, null, null));
    }

    @Test
    void everyRequestGetsAFreshEventIdAndItsTenantsKey() throws Exception {
        List<PreparedRequest> first = factory.prepare("r0", 2, "/v1/events");
        List<PreparedRequest> second = factory.prepare("r1", 2, "/v1/events");

        List<String> ids = new ArrayList<>();
        for (List<PreparedRequest> run : List.of(first, second)) {
            for (PreparedRequest request : run) {
                ids.add(json.readTree(request.bodyText()).get("eventId").asText());
                assertThat(request.path()).isEqualTo("/v1/events");
                assertThat(request.timed()).isTrue();
            }
        }
        assertThat(ids).containsExactly("bench-x-r0-0", "bench-x-r0-1", "bench-x-r1-0", "bench-x-r1-1");
        assertThat(first).extracting(PreparedRequest::authorization).containsExactly("Bearer key-a", "Bearer key-b");
        assertThat(second).extracting(PreparedRequest::authorization).containsExactly("Bearer key-a", "Bearer key-a");
        assertThat(factory.issued()).isEqualTo(4);
        List<String> issued = new ArrayList<>();
        factory.forEachIssued((tenant, id) -> issued.add(tenant + "/" + id));
        assertThat(issued).containsExactly("bank-a/bench-x-r0-0", "bank-b/bench-x-r0-1", "bank-a/bench-x-r1-0",
                "bank-a/bench-x-r1-1");
    }

    @Test
    void laterPassesMoveForwardInEventTimeSoEachIdentityStaysInOrder() throws Exception {
        List<PreparedRequest> run = factory.prepare("r0", 7, "/v1/events");
        List<Instant> customerOne = new ArrayList<>();
        for (PreparedRequest request : run) {
            JsonNode event = json.readTree(request.bodyText());
            assertThat(event.has("identity")).as("nulls are left out, as a bank would").isFalse();
            if (event.get("customerId").asText().equals("c-1")) {
                customerOne.add(Instant.parse(event.get("occurredAt").asText()));
            }
        }
        assertThat(pool.span()).hasDays(2);
        assertThat(customerOne).isSorted().hasSize(5);
        assertThat(customerOne.get(2)).isEqualTo(T0.plusSeconds(2 * 86_400));
        assertThat(new HashSet<>(customerOne)).hasSize(5);
    }

    @Test
    void aVerifiedProfileKeepsItsProfileBlock() throws Exception {
        Event profile = new Event("sim-p", EventType.PROFILE_VERIFIED, T0, "c-3", null,
                new io.github.idfraud.contract.Identity(null, "Ann", null, null, "ann@example.com", null, null),
                null, null, null, null, null, new io.github.idfraud.contract.Profile(java.time.LocalDate.parse("2019-01-01")));
        RequestFactory profiles = new RequestFactory(EventPool.of(List.of(new EventPool.Entry("bank-a", profile)), 1),
                Map.of("bank-a", "key-a"), "bench-x");
        JsonNode sent = json.readTree(profiles.prepare("r0", 1, "/v1/events").get(0).bodyText());
        assertThat(sent.get("profile").get("customerSince").asText()).isEqualTo("2019-01-01");
    }

    @Test
    void aBatchIsOneTenantsEventsInTimeOrderWithFreshIdsTheCleanUpFinds() throws Exception {
        RequestFactory bankA = new RequestFactory(pool.ofTenant("bank-a", "bank-a"), Map.of("bank-a", "key-a"),
                "bench-x");
        bankA.prepare("r0", 1, "/v1/events");

        PreparedBatch batch = bankA.prepareBatch("b0", 3, "/v1/events:batch");

        assertThat(batch.request().path()).isEqualTo("/v1/events:batch");
        assertThat(batch.request().authorization()).isEqualTo("Bearer key-a");
        JsonNode events = json.readTree(batch.request().bodyText()).get("events");
        List<String> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        events.forEach(event -> {
            ids.add(event.get("eventId").asText());
            times.add(Instant.parse(event.get("occurredAt").asText()));
        });
        assertThat(ids).containsExactly("bench-x-b0-0", "bench-x-b0-1", "bench-x-b0-2").isEqualTo(batch.eventIds());
        assertThat(times).as("on from the run before, across a pass").isSorted()
                .containsExactly(T0.plusSeconds(86_400 + 7_200), T0.plus(pool.span()),
                        T0.plus(pool.span()).plusSeconds(86_400 + 7_200));
        List<String> issued = new ArrayList<>();
        bankA.forEachIssued((tenant, id) -> issued.add(tenant + "/" + id));
        assertThat(issued).containsExactly("bank-a/bench-x-r0-0", "bank-a/bench-x-b0-0", "bank-a/bench-x-b0-1",
                "bank-a/bench-x-b0-2");
    }

    @Test
    void aBatchOfSeveralTenantsIsRefused() {
        assertThatThrownBy(() -> factory.prepareBatch("b0", 2, "/v1/events:batch"))
                .hasMessageContaining("one tenant's").hasMessageContaining("bank-b");
    }

    @Test
    void aTenantWithoutKeyIsRefusedUpFront() {
        assertThatThrownBy(() -> new RequestFactory(pool, Map.of("bank-a", "key-a"), "bench-x"))
                .hasMessageContaining("bank-b");
    }
}
