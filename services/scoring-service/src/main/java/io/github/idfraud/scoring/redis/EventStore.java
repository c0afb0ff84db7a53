package io.github.idfraud.scoring.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.service.EventInProgressException;
import io.github.idfraud.scoring.service.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency and label lookup per (tenant, eventId), keyed by the event's keyed reference (never the raw id).
 * An event is first claimed with a short-lived marker, so a concurrent duplicate cannot count twice, then its
 * answer replaces the marker, in the same round trip as its alert. A scorer that dies in between leaves the marker to
 * expire, and the bank's retry is scored again: the identifiers its first attempt reached remember the event and do
 * not count it twice (ADR 0011).
 */
@Singleton
public class EventStore {

    private static final String IN_PROGRESS = "P";
    private static final long CLAIM_SECONDS = 60;
    private static final String RELEASE_SCRIPT =
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private final Redis redis;
    private final Pipelines pipelines;
    private final ObjectMapper json = ContractJson.newMapper();
    /** Every scored event stores one: resolved once, and written as the UTF-8 bytes Redis takes. */
    private final ObjectWriter recordWriter = json.writerFor(StoredEvent.class);
    private final long retentionSeconds;

    EventStore(Redis redis, Pipelines pipelines, ScoringConfig config) {
        this.redis = redis;
        this.pipelines = pipelines;
        this.retentionSeconds = config.eventRetention().toSeconds();
    }

    private static String key(String reference) {
        return RedisKeys.eventRecord(reference);
    }

    /**
     * Empty when this call claimed the event; the stored answer when it was scored before; fails with
     * {@link EventInProgressException} while a concurrent request scores it.
     */
    public Uni<Optional<StoredEvent>> claim(String reference, String eventId) {
        // SET ... NX GET (Redis 7): writes the marker only where no record is, and answers the record that was there.
        Request claim = Request.cmd(Command.SET).arg(key(reference)).arg(IN_PROGRESS).arg("NX").arg("EX")
                .arg(CLAIM_SECONDS).arg("GET");
        return redis.send(claim).map(reply -> {
            if (reply == null) {
                return Optional.empty();
            }
            String stored = reply.toString();
            if (IN_PROGRESS.equals(stored)) {
                throw new EventInProgressException(eventId);
            }
            return Optional.of(parse(stored));
        });
    }

    /** Stores the answer and the writes prepared beside it (alert, remembered contact): one pipelined round trip. */
    public Uni<Void> complete(String reference, StoredEvent event, PendingWrites alongside) {
        List<Request> batch = new ArrayList<>(1 + alongside.requests.size());
        batch.add(Request.cmd(Command.SET).arg(key(reference)).arg(write(event)).arg("EX").arg(retentionSeconds));
        batch.addAll(alongside.requests);
        return pipelines.send(redis, batch);
    }

    /** Frees a claim after a failure, so the bank's retry is scored instead of waiting for the claim to expire. */
    public Uni<Void> release(String reference) {
        return redis.send(Request.cmd(Command.EVAL).arg(RELEASE_SCRIPT).arg(1).arg(key(reference)).arg(IN_PROGRESS))
                .replaceWithVoid();
    }

    /** The stored answer and pseudonyms of a scored event; empty when unknown or still being scored. */
    public Uni<Optional<StoredEvent>> find(String reference) {
        return redis.send(Request.cmd(Command.GET).arg(key(reference))).map((Response reply) -> {
            if (reply == null || IN_PROGRESS.equals(reply.toString())) {
                return Optional.<StoredEvent>empty();
            }
            return Optional.of(parse(reply.toString()));
        });
    }

    private StoredEvent parse(String stored) {
        try {
            return json.readValue(stored, StoredEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event record is unreadable", e);
        }
    }

    private byte[] write(StoredEvent event) {
        try {
            return recordWriter.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
