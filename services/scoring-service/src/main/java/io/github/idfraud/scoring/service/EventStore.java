package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.RedisKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency and label lookup per (tenant, eventId), keyed by the event's keyed reference (never the raw id).
 * An event is first claimed with a short-lived marker, so a concurrent duplicate cannot count twice, then its
 * answer replaces the marker, in the same round trip as its alert.
 */
@ApplicationScoped
public class EventStore {

    private static final String IN_PROGRESS = "P";
    private static final long CLAIM_SECONDS = 60;
    private static final String CLAIM_SCRIPT = """
            local v = redis.call('GET', KEYS[1])
            if v then return v end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
            return false
            """;

    private final Redis redis;
    private final ObjectMapper json = ContractJson.newMapper();
    private final long retentionSeconds;

    EventStore(Redis redis, ScoringConfig config) {
        this.redis = redis;
        this.retentionSeconds = config.eventRetention().toSeconds();
    }

    static String key(String reference) {
        return RedisKeys.eventRecord(reference);
    }

    /** Empty when this call claimed the event; the stored answer when it was scored before. */
    public Future<Optional<StoredEvent>> claim(String reference, String eventId) {
        Request eval = Request.cmd(Command.EVAL).arg(CLAIM_SCRIPT).arg(1).arg(key(reference))
                .arg(IN_PROGRESS).arg(CLAIM_SECONDS);
        return redis.send(eval).map(reply -> {
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

    /** Stores the answer and the given extra writes (alert, remembered contact): one pipelined round trip. */
    public Future<Void> complete(String reference, StoredEvent event, List<Request> alongside) {
        List<Request> batch = new ArrayList<>(1 + alongside.size());
        batch.add(Request.cmd(Command.SET).arg(key(reference)).arg(write(event)).arg("EX").arg(retentionSeconds));
        batch.addAll(alongside);
        return redis.batch(batch).mapEmpty();
    }

    /** Frees a claim after a failure, so the bank's retry is scored instead of waiting for the claim to expire. */
    public Future<Void> release(String reference) {
        String script = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
        return redis.send(Request.cmd(Command.EVAL).arg(script).arg(1).arg(key(reference)).arg(IN_PROGRESS)).mapEmpty();
    }

    public Future<Optional<StoredEvent>> find(String reference) {
        return redis.send(Request.cmd(Command.GET).arg(key(reference))).map(reply -> {
            if (reply == null || IN_PROGRESS.equals(reply.toString())) {
                return Optional.<StoredEvent>empty();
            }
            return Optional.of(parse(reply.toString()));
        });
    }

    public Future<Response> ping() {
        return redis.send(Request.cmd(Command.PING));
    }

    private StoredEvent parse(String stored) {
        try {
            return json.readValue(stored, StoredEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event record is unreadable", e);
        }
    }

    private String write(StoredEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
