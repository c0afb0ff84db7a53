package io.github.idfraud.cases.redis;

import io.github.idfraud.cases.config.CaseConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.ClaimedMessages;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The alert stream as this instance's consumer of the {@code case-service} group sees it (blocking client: the
 * intake runs on its own worker thread, never the event loop).
 */
@ApplicationScoped
public class AlertStream {

    private final StreamCommands<String, String, String> streams;
    private final String stream;
    private final String group;
    private final String consumer;

    AlertStream(RedisDataSource redis, CaseConfig config) {
        this.streams = redis.stream(String.class);
        this.stream = config.alerts().stream();
        this.group = config.alerts().group();
        this.consumer = config.alerts().consumer();
    }

    /**
     * Creates the consumer group (and the stream) unless it exists. "0": a new group starts at the beginning, so
     * alerts written before the first start are not skipped.
     *
     * @return true when the group was created now
     */
    public boolean createGroup() {
        try {
            streams.xgroupCreate(stream, group, "0", new XGroupCreateArgs().mkstream());
            return true;
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                throw e;
            }
            return false;
        }
    }

    /** Up to {@code count} entries never delivered to the group, waiting up to {@code block} for the first. */
    public List<StreamEntry> readNew(int count, Duration block) {
        return entries(streams.xreadgroup(group, consumer, stream, ">", new XReadGroupArgs().count(count).block(block)));
    }

    /** Entries this consumer name read before and never acknowledged, after entry id {@code after} ("0": from the start). */
    public List<StreamEntry> readOwnPending(String after, int count) {
        return entries(streams.xreadgroup(group, consumer, stream, after, new XReadGroupArgs().count(count)));
    }

    /** Takes over a page of entries pending longer than {@code minIdle} at any consumer (XAUTOCLAIM). */
    public ClaimedPage claimIdle(Duration minIdle, String cursor, int count) {
        ClaimedMessages<String, String, String> claimed = streams.xautoclaim(stream, group, consumer, minIdle, cursor, count);
        return new ClaimedPage(entries(claimed.getMessages()), claimed.getId());
    }

    /** Acknowledges entries in one XACK: they leave the group's pending list. */
    public void ack(List<String> entryIds) {
        if (!entryIds.isEmpty()) {
            streams.xack(stream, group, entryIds.toArray(String[]::new));
        }
    }

    private static List<StreamEntry> entries(List<StreamMessage<String, String, String>> messages) {
        return messages.stream().map(m -> new StreamEntry(m.id(), m.payload())).toList();
    }
}
