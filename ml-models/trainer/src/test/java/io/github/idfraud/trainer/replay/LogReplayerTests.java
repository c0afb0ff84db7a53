package io.github.idfraud.trainer.replay;

import io.github.idfraud.trainer.redis.RedisSession;
import static io.github.idfraud.trainer.TestEvents.label;
import static io.github.idfraud.trainer.TestEvents.login;
import static io.github.idfraud.trainer.TestEvents.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogWriter;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.models.DayRange;
import io.github.idfraud.testsupport.RedisNodes;
import io.github.idfraud.trainer.TestRedisSession;
import io.github.idfraud.trainer.training.TrainingSample;
import io.github.idfraud.trainer.training.TrainingSelection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReplayerTests {

    private static final String BANK = "bank-a";
    private static final Periods PERIODS = new Periods(new DayRange(LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-03")),
            new DayRange(LocalDate.parse("2026-10-04"), LocalDate.parse("2026-10-04")));

    @TempDir
    static Path dir;
    static Path log;
    static Map<String, ReplayedEvent> replayed;
    static long keysDeleted;
    static long keysLeft;
    static long repeatedEvents;

    /**
     * e0 before the periods shares a device with e1; e1 is labelled FRAUD at 13:00, between e2 and e3, which share its
     * device and payee; e5 (test) is labelled FRAUD only after the test period; e6 is labelled FRAUD, then LEGIT. e2 is
     * sent twice, as a bank retries.
     */
    @BeforeAll
    static void replayCraftedLog() throws Exception {
        log = dir.resolve("crafted.jsonl");
        try (EventLogWriter writer = EventLogWriter.create(log)) {
            List.of(
                    event(login("e0", at("2026-10-01T23:30:00Z"), "c-0", "dev-shared", "203.0.113.1", true), "legit"),
                    event(transfer("e1", at("2026-10-02T10:00:00Z"), "c-1", "dev-shared", "mule-1", "900.00"), "account_takeover"),
                    event(transfer("e2", at("2026-10-02T12:00:00Z"), "c-2", "dev-shared", "mule-1", "800.00"), "account_takeover"),
                    event(transfer("e2", at("2026-10-02T12:00:00Z"), "c-2", "dev-shared", "mule-1", "800.00"), "account_takeover"),
                    EventLogLine.label(BANK, label("e1", LabelValue.FRAUD, at("2026-10-02T13:00:00Z"))),
                    event(transfer("e3", at("2026-10-02T14:00:00Z"), "c-3", "dev-shared", "mule-1", "700.00"), "account_takeover"),
                    event(login("e6", at("2026-10-03T08:00:00Z"), "c-6", "dev-6", "203.0.113.6", false), "legit"),
                    EventLogLine.label(BANK, label("e6", LabelValue.FRAUD, at("2026-10-03T09:00:00Z"))),
                    EventLogLine.label(BANK, label("e6", LabelValue.LEGIT, at("2026-10-03T10:00:00Z"))),
                    event(login("e4", at("2026-10-04T09:00:00Z"), "c-4", "dev-4", "203.0.113.4", true), "legit"),
                    event(transfer("e5", at("2026-10-04T10:00:00Z"), "c-5", "dev-5", "mule-2", "950.00"), "stolen_identity"),
                    event(login("e7", at("2026-10-06T10:00:00Z"), "c-7", "dev-7", "203.0.113.7", true), "legit"),
                    EventLogLine.label(BANK, label("e5", LabelValue.FRAUD, at("2026-10-09T10:00:00Z"))))
                    .forEach(writer::write);
        }
        Targets targets = new TargetCollector().collect(log);
        String prefix = "trt-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        try (RedisSession redis = RedisSession.open(TestRedisSession.url())) {
            // As ReplayStage wires it: coalesced requests, a private namespace, flushed before the replay waits.
            var engine = new FeatureEngine(redis.identifierStore(), new Pseudonymiser("trainer-test-secret-0123456789abcdef"),
                    EngineSettings.defaults(prefix).forPrivateReplay(1 << 20));
            var prepared = engine.prepare();
            redis.flush();
            RedisSession.await(prepared, 10);
            var progress = new ReplayProgress(new PrintStream(new ByteArrayOutputStream()), targets.events());
            var selection = new TrainingSelection(PERIODS, new TrainingSample(1.0, 1));
            ReplayResult result = new LogReplayer(engine, 4, progress, () -> false, redis::flush).replay(log, targets, selection, PERIODS.lastDay());
            repeatedEvents = result.repeatedEvents();
            // toMap refuses a second row of one event id.
            replayed = java.util.stream.Stream.concat(result.train().stream(), result.test().stream())
                    .collect(Collectors.toMap(ReplayedEvent::eventId, Function.identity()));
            keysDeleted = redis.deleteKeys(prefix);
            // counted apart from the session: on a cluster, keys left on a primary the deletion missed count too
            keysLeft = RedisNodes.keys(prefix + "*").size();
        }
    }

    private static EventLogLine event(io.github.idfraud.contract.Event event, String scenario) {
        return EventLogLine.event(BANK, event, scenario);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static double feature(String eventId, Feature feature) {
        return replayed.get(eventId).features()[feature.ordinal()];
    }

    @Test
    void keepsOnlyEventsOfTheTrainingAndTestPeriodsButEarlierEventsStillCountInWindows() {
        assertThat(replayed).as("e7 comes after the test period: the replay stops before it")
                .containsOnlyKeys("e1", "e2", "e3", "e4", "e5", "e6");
        assertThat(replayed.get("e1").split()).isEqualTo(Periods.Split.TRAIN);
        assertThat(replayed.get("e5").split()).isEqualTo(Periods.Split.TEST);
        assertThat(feature("e1", Feature.DEVICE_EVENTS_24H)).as("e0 of the day before, then e1 itself").isEqualTo(2);
    }

    @Test
    void targetIsTheLastLabelEvenWhenReportedAfterThePeriods() {
        assertThat(replayed.get("e1").fraud()).isTrue();
        assertThat(replayed.get("e5").fraud()).as("labelled FRAUD five days after the test period").isTrue();
        assertThat(replayed.get("e6").fraud()).as("FRAUD, then LEGIT: last label wins").isFalse();
        assertThat(replayed.get("e2").fraud()).as("unlabelled").isFalse();
        assertThat(replayed.get("e4").fraud()).isFalse();
        assertThat(replayed.get("e5").scenario()).isEqualTo("stolen_identity");
    }

    @Test
    void reviewKeyIsTheCustomerPseudonymNeverTheRawId() {
        assertThat(replayed.get("e1").reviewKey()).startsWith("c:").doesNotContain("c-1");
        assertThat(replayed.get("e1").reviewKey()).isNotEqualTo(replayed.get("e2").reviewKey());
    }

    @Test
    void featuresSeeALabelOnlyFromItsReportedTime() {
        assertThat(feature("e1", Feature.DEVICE_FRAUD_LABELS_90D)).isZero();
        assertThat(feature("e2", Feature.DEVICE_FRAUD_LABELS_90D)).as("before the label's reportedAt").isZero();
        assertThat(feature("e2", Feature.COUNTERPARTY_FRAUD_LABELS_90D)).isZero();
        assertThat(feature("e3", Feature.DEVICE_FRAUD_LABELS_90D)).as("after the label's reportedAt").isEqualTo(1);
        assertThat(feature("e3", Feature.COUNTERPARTY_FRAUD_LABELS_90D)).isEqualTo(1);
        assertThat(feature("e5", Feature.COUNTERPARTY_FRAUD_LABELS_90D)).as("its own label comes later").isZero();
    }

    @Test
    void aRepeatedEventIdIsSkippedAsTheScoringServiceAnswersItFromItsStore() {
        assertThat(repeatedEvents).isEqualTo(1);
        assertThat(feature("e3", Feature.DEVICE_EVENTS_24H)).as("e0, e1, e2 once, e3").isEqualTo(4);
        assertThat(feature("e3", Feature.COUNTERPARTY_EVENTS_24H)).as("e1, e2 once, e3").isEqualTo(3);
    }

    @Test
    void deletesItsRedisKeysAfterwards() {
        assertThat(keysDeleted).isPositive();
        assertThat(keysLeft).isZero();
    }
}
