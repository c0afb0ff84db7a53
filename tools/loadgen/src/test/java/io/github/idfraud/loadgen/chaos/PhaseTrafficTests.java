package io.github.idfraud.loadgen.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.harness.PreparedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseTrafficTests {

    private static final Map<String, String> KEYS = Map.of("bank-a", "key-a", "bank-b", "key-b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCustomerIsVerifiedFirstThenScoredInTimeOrderAndOneInEightDeclinedForALargeTransfer() throws Exception {
        Instant start = Instant.parse("2026-12-03T10:00:00Z");
        PhaseTraffic traffic = PhaseTraffic.plan("run1", "p3", 800, 100, start, KEYS, 7);

        assertThat(traffic.customers()).hasSize(100);
        Map<String, List<JsonNode>> byCustomer = new HashMap<>();
        for (PreparedRequest request : traffic.requests()) {
            JsonNode event = JSON.readTree(request.bodyText());
            byCustomer.computeIfAbsent(event.path("customerId").asText(), c -> new ArrayList<>()).add(event);
            String tenant = traffic.customers().stream()
                    .filter(c -> c.customerId().equals(event.path("customerId").asText())).findFirst().orElseThrow()
                    .tenant();
            assertThat(request.authorization()).isEqualTo("Bearer " + KEYS.get(tenant));
        }
        long largeTransfers = 0;
        for (PhaseTraffic.Customer customer : traffic.customers()) {
            List<JsonNode> events = byCustomer.get(customer.customerId());
            assertThat(events).hasSize(PhaseTraffic.SCORED_PER_CUSTOMER + 1);
            assertThat(events.get(0).path("type").asText()).isEqualTo("PROFILE_VERIFIED");
            assertThat(events.get(0).path("identity").path("email").asText()).isEqualTo(customer.email());
            for (int i = 1; i < events.size(); i++) {
                assertThat(Instant.parse(events.get(i).path("occurredAt").asText()))
                        .isAfter(Instant.parse(events.get(i - 1).path("occurredAt").asText()));
            }
            long large = events.stream().filter(e -> e.path("transaction").path("amount").asDouble() >= 9500).count();
            assertThat(large).isEqualTo(customer.alerting() ? 1 : 0);
            largeTransfers += large;
        }
        assertThat(largeTransfers).isEqualTo(100 / PhaseTraffic.ALERTING_EVERY + 1);
        assertThat(traffic.scoredPerCustomer().values()).containsOnly(PhaseTraffic.SCORED_PER_CUSTOMER);
    }

    @Test
    void eventTimesFollowTheSendingScheduleAndIdsNameTheRunAndPhase() throws Exception {
        Instant start = Instant.parse("2026-12-03T10:00:00Z");
        PhaseTraffic traffic = PhaseTraffic.plan("run1", "p3", 80, 40, start, KEYS, 7);

        List<PreparedRequest> requests = traffic.requests();
        JsonNode last = JSON.readTree(requests.get(requests.size() - 1).bodyText());
        assertThat(Instant.parse(last.path("occurredAt").asText()))
                .isEqualTo(start.plusMillis((requests.size() - 1) * 1000L / 40));
        assertThat(last.path("eventId").asText()).startsWith("chaos-run1-p3-c");
    }

    @Test
    void anEventIdNamesItsCustomer() {
        PhaseTraffic traffic = PhaseTraffic.plan("run1", "p0", 80, 40, Instant.parse("2026-12-03T10:00:00Z"), KEYS, 7);
        String customer = traffic.customers().get(3).customerId();

        assertThat(PhaseTraffic.customerOf(customer + "-e5")).isEqualTo(customer);
        assertThat(PhaseTraffic.customerOf(customer + "-probe")).isEqualTo(customer);
    }

    @Test
    void probesAreExplainedLoginsOnePerCustomerInCustomerOrder() throws Exception {
        PhaseTraffic traffic = PhaseTraffic.plan("run1", "p0", 80, 40, Instant.parse("2026-12-03T10:00:00Z"), KEYS, 7);

        List<PreparedRequest> probes = traffic.probes(Instant.parse("2026-12-03T10:05:00Z"));

        assertThat(probes).hasSize(traffic.customers().size());
        for (int c = 0; c < probes.size(); c++) {
            JsonNode probe = JSON.readTree(probes.get(c).bodyText());
            assertThat(probes.get(c).path()).isEqualTo("/v1/events?explain=true");
            assertThat(probe.path("type").asText()).isEqualTo("LOGIN");
            assertThat(probe.path("customerId").asText()).isEqualTo(traffic.customers().get(c).customerId());
        }
    }
}
