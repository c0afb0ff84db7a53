package io.github.idfraud.loadgen.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.features.Feature;
import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.harness.ScoringAnswer;
import io.github.idfraud.harness.SendResult;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;

/**
 * One phase of the chaos run: steady open-loop traffic with one fault in its middle, then what a bank and the system
 * do afterwards (the bank retries what it could not use; intake, e-mails and labels catch up), then the count of what
 * was lost or duplicated.
 *
 * <p>Time to recover, per kind of fault: for faults on the request path (Redis, the scoring service), from the part
 * being back (Redis answering, the service ready) to the first second of traffic in which every request got a full
 * answer; for the case service and PostgreSQL, from the part being back until the alert stream's backlog is
 * empty; for the mail server, from its return until no e-mail is waiting for a retry.
 */
final class ChaosPhase {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);
    private static final int CONNECTIONS = 64;
    private static final int MOST_REPEATS = 1_000;
    private static final Feature PROBE_FEATURE = Feature.CUSTOMER_EVENTS_24H;

    private final ChaosSystem system;
    private final ChaosSettings settings;
    private final String runId;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    ChaosPhase(ChaosSystem system, ChaosSettings settings, String runId, PrintStream out) {
        this.system = system;
        this.settings = settings;
        this.runId = runId;
        this.out = out;
    }

    PhaseResult run(Fault fault) throws Exception {
        String phase = "p" + fault.ordinal();
        String prefix = "chaos-" + runId + "-" + phase + "-";
        PhaseTraffic traffic = PhaseTraffic.plan(runId, phase, settings.eventsPerPhase(), settings.rate(),
                Instant.now().plusMillis(200), system.secrets().tenantKeys(), settings.seed());
        List<PreparedRequest> requests = traffic.requests();
        int n = requests.size();
        Answer[] first = new Answer[n];
        out.printf(Locale.ROOT, "[chaos] %s: %,d events at %.0f/s, fault after %.0f s: %s%n", phase, n,
                settings.rate(), settings.faultAfterSeconds(), fault.describe(settings));

        BankClient bank = new BankClient(system.scoringUri());
        long sendStart = System.nanoTime();
        CompletableFuture<FaultInjector.Window> injected = FaultInjector.schedule(fault, system, settings,
                sendStart + (long) (settings.faultAfterSeconds() * 1e9));
        CompletableFuture<Double> recovered = injected.thenApplyAsync(window -> watchRecovery(fault, window));
        SendResult sent;
        try (AnalystDesk desk = new AnalystDesk(system.casesUri(), system.tokens(), ChaosSystem.TENANTS,
                "chaos note " + prefix);
             OpenLoopSender sender = new OpenLoopSender(system.scoringUri().getHost(), system.scoringUri().getPort(),
                     CONNECTIONS)) {
            sent = sender.send(settings.rate(), requests, SEND_TIMEOUT, (i, answer) -> first[i] = answer);
            long trafficDone = System.nanoTime();
            FaultInjector.Window window = injected.get(10, TimeUnit.MINUTES);
            out.printf(Locale.ROOT, "[chaos] %s: traffic done (%s); the part was back %.1f s after the fault began%n",
                    phase, sent.outcomes(), (window.backNanos() - window.startNanos()) / 1e9);

            Answer[] answers = first.clone();
            int[] attempts = new int[n];
            long settleBy = System.nanoTime() + settings.settleTimeout().toNanos();
            bank.retryUnsettled(requests, answers, attempts, settleBy);
            long[] repeats = repeatAnswered(bank, requests, first, window, sendStart);
            Map<String, Long> windowErrors = probeWindows(bank, traffic, settleBy);
            long settled = System.nanoTime();
            desk.close();
            long drainedBy = System.nanoTime() + settings.settleTimeout().toNanos();
            awaitDrained(prefix, drainedBy);
            out.printf(Locale.ROOT, "[chaos] %s: retries, repeats and probes took %.0f s, the drain %.0f s%n", phase,
                    (settled - trafficDone) / 1e9, (System.nanoTime() - settled) / 1e9);

            int[] notFullBySecond = notFullBySecond(first);
            Double recovery = fault.onRequestPath() ? requestPathRecovery(notFullBySecond, window, sendStart)
                    : recovered.get(settings.settleTimeout().toMinutes() + 5, TimeUnit.MINUTES);
            long stalls = stallsOutsideTheFault(notFullBySecond, fault, window, sendStart, recovery);
            Ledger ledger = Ledger.count(system, prefix, traffic, desk);
            long unsettled = 0;
            long retries = 0;
            for (int i = 0; i < n; i++) {
                unsettled += BankClient.settled(answers[i]) && answers[i].ok() ? 0 : 1;
                retries += attempts[i];
            }
            Map<String, Long> lost = new TreeMap<>(ledger.lost());
            lost.put("window counts missing", windowErrors.get("under"));
            lost.put("events without a full answer", unsettled);
            Map<String, Long> duplicated = new TreeMap<>(ledger.duplicated());
            duplicated.put("window counts doubled", windowErrors.get("over"));
            duplicated.put("repeats answered differently", repeats[1] - repeats[0]);
            return new PhaseResult(fault, fault.describe(settings), n, errorsByClass(first), degraded(first),
                    degradedP99(first), notFullBySecond, stalls, retries, unsettled, recovery,
                    notSuccessful(desk.answers()), ledger.alerts(), ledger.cases(),
                    ledger.emails(), ledger.emailsDelivered(), ledger.notes(), ledger.labels(), repeats[0],
                    repeats[1], lost, duplicated, window.failover() == null ? null
                            : FailoverFigures.of(window.failover(), first, settings.rate(), sendStart, SEND_TIMEOUT));
        }
    }

    /**
     * Sends again events whose first answer was full: all those sent within two seconds of the fault, and an even
     * sample of the rest. A bank that timed out on its side does this; it must get the same answer and count nothing.
     *
     * @return {identical, compared}
     */
    private long[] repeatAnswered(BankClient bank, List<PreparedRequest> requests, Answer[] first,
                                  FaultInjector.Window window, long sendStart) {
        List<Integer> chosen = new ArrayList<>();
        long near = Duration.ofSeconds(2).toNanos();
        int every = Math.max(1, requests.size() / (MOST_REPEATS / 2));
        for (int i = 0; i < requests.size(); i++) {
            if (!fullAnswer(first[i])) {
                continue;
            }
            long at = sendStart + OpenLoopSender.intendedOffsetNanos(i, settings.rate());
            boolean nearFault = at > window.startNanos() - near && at < window.backNanos() + near;
            if ((nearFault || i % every == 0) && chosen.size() < MOST_REPEATS) {
                chosen.add(i);
            }
        }
        List<Answer> again = bank.sendAll(chosen.stream().map(requests::get).toList());
        long identical = 0;
        for (int k = 0; k < chosen.size(); k++) {
            if (sameDecision(first[chosen.get(k)].body(), again.get(k).body())) {
                identical++;
            }
        }
        return new long[] {identical, chosen.size()};
    }

    private boolean sameDecision(String a, String b) {
        try {
            JsonNode x = json.readTree(a);
            JsonNode y = json.readTree(b);
            return x.path("score").equals(y.path("score")) && x.path("decision").equals(y.path("decision"))
                    && x.path("reasons").equals(y.path("reasons")) && x.path("modelVersion").equals(y.path("modelVersion"));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * One probe login per customer, explained: its {@link #PROBE_FEATURE} must be the customer's scored events plus
     * the probe itself, once each, however often they were sent.
     *
     * @return {"over": counts too high in all, "under": counts too low in all}
     */
    private Map<String, Long> probeWindows(BankClient bank, PhaseTraffic traffic, long settleBy) throws Exception {
        List<PhaseTraffic.Customer> customers = traffic.customers();
        List<PreparedRequest> probes = traffic.probes(Instant.now());
        Answer[] answers = bank.sendAll(probes).toArray(Answer[]::new);
        bank.retryUnsettled(probes, answers, new int[probes.size()], settleBy);
        Map<String, Integer> expected = traffic.scoredPerCustomer();
        long over = 0;
        long under = 0;
        for (int c = 0; c < customers.size(); c++) {
            int want = expected.getOrDefault(customers.get(c).customerId(), 0) + 1;
            if (!fullAnswer(answers[c])) {
                under += want; // unreadable: counted as missing, never hidden
                continue;
            }
            int got = (int) json.readTree(answers[c].body()).path("features").path(PROBE_FEATURE.featureName())
                    .asDouble(-1);
            if (got > want) {
                over += got - want;
            } else if (got < want) {
                under += want - got;
            }
        }
        return Map.of("over", over, "under", under);
    }

    /** Waits until every alert of the phase is taken in, no e-mail waits and every label is published. */
    private void awaitDrained(String prefix, long deadline) throws Exception {
        BooleanSupplier drained = () -> {
            try (RedisAdmin redis = RedisAdmin.open(system.redisUrls());
                 Connection db = system.connectDatabase()) {
                return redis.groupBacklog(StreamNames.ALERTS, StreamNames.ALERTS_GROUP) == 0
                        && count(db, "select count(*) from email_outbox where status = 'PENDING'") == 0
                        && count(db, "select count(*) from case_label where published_at is null") == 0;
            } catch (Exception e) {
                return false;
            }
        };
        while (!drained.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                out.println("[chaos] " + prefix + ": still not drained at the deadline; counting what is there");
                return;
            }
            Thread.sleep(500);
        }
    }

    private Double watchRecovery(Fault fault, FaultInjector.Window window) {
        BooleanSupplier whole = switch (fault) {
            case CASE_SERVICE_KILLED, POSTGRES_RESTARTED -> () -> {
                try (RedisAdmin redis = RedisAdmin.open(system.redisUrls())) {
                    return redis.groupBacklog(StreamNames.ALERTS, StreamNames.ALERTS_GROUP) == 0;
                } catch (RuntimeException e) {
                    return false;
                }
            };
            case SMTP_DOWN -> () -> {
                try (Connection db = system.connectDatabase()) {
                    return count(db, "select count(*) from email_outbox where status = 'PENDING' and attempts > 0") == 0;
                } catch (SQLException e) {
                    return false;
                }
            };
            default -> null;
        };
        if (whole == null) {
            return null;
        }
        long deadline = window.backNanos() + settings.settleTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (whole.getAsBoolean()) {
                return Math.round((System.nanoTime() - window.backNanos()) / 1e8) / 10.0;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * From the part being back to the start of the first second of the sending schedule in which every first attempt
     * got a full answer. Later stalls that have nothing to do with the fault show in the per-second profile.
     */
    private Double requestPathRecovery(int[] notFullBySecond, FaultInjector.Window window, long sendStart) {
        double back = (window.backNanos() - sendStart) / 1e9;
        for (int second = (int) Math.floor(back); second < notFullBySecond.length; second++) {
            if (notFullBySecond[second] == 0) {
                return Math.max(0, Math.round((second - back) * 10) / 10.0);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * First attempts without a full answer that the fault does not explain: for a fault on the request path, those
     * after it recovered (or before it began); for any other, all of them (the bank's path never broke).
     */
    private static long stallsOutsideTheFault(int[] notFullBySecond, Fault fault, FaultInjector.Window window,
                                              long sendStart, Double recovery) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        if (fault.onRequestPath()) {
            from = (int) Math.floor((window.startNanos() - sendStart) / 1e9);
            to = recovery == null || recovery.isInfinite() ? Integer.MAX_VALUE
                    : (int) Math.ceil((window.backNanos() - sendStart) / 1e9 + recovery);
        }
        long stalls = 0;
        for (int second = 0; second < notFullBySecond.length; second++) {
            if (second < from || second >= to) {
                stalls += notFullBySecond[second];
            }
        }
        return stalls;
    }

    private static boolean fullAnswer(Answer answer) {
        return answer != null && answer.ok() && !ScoringAnswer.degraded(answer.body());
    }

    /** First attempts without a full answer (error or degraded), per second of the phase's sending schedule. */
    private int[] notFullBySecond(Answer[] first) {
        int[] bySecond = new int[(int) Math.ceil(first.length / settings.rate())];
        for (int i = 0; i < first.length; i++) {
            if (!fullAnswer(first[i])) {
                bySecond[(int) (i / settings.rate())]++;
            }
        }
        return bySecond;
    }

    private static Map<String, Long> notSuccessful(Map<String, Long> answers) {
        Map<String, Long> errors = new TreeMap<>(answers);
        errors.keySet().removeIf(status -> status.startsWith("2"));
        return errors;
    }

    private static Map<String, Long> errorsByClass(Answer[] first) {
        Map<String, Long> errors = new TreeMap<>();
        for (Answer answer : first) {
            if (answer == null) {
                errors.merge("unanswered", 1L, Long::sum);
            } else if (!answer.ok()) {
                errors.merge(answer.outcome(), 1L, Long::sum);
            }
        }
        return errors;
    }

    private static long degraded(Answer[] first) {
        long degraded = 0;
        for (Answer answer : first) {
            degraded += answer != null && answer.ok() && ScoringAnswer.degraded(answer.body()) ? 1 : 0;
        }
        return degraded;
    }

    private static Double degradedP99(Answer[] first) {
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        for (Answer answer : first) {
            if (answer != null && answer.ok() && ScoringAnswer.degraded(answer.body())) {
                latency.recordValue(Math.min(answer.latencyMicros(), latency.getHighestTrackableValue()));
            }
        }
        return latency.getTotalCount() == 0 ? null
                : Math.round(latency.getValueAtPercentile(99) / 10.0) / 100.0;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
