package io.github.idfraud.scoring.redis;

import io.github.idfraud.scoring.config.ScoringConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * The labels stream from the case service, read as one consumer of this service's group. New entries are read with
 * a blocking XREADGROUP on a connection of their own (named {@value #READER_NAME}), so the wait never holds a
 * connection the scoring requests share; everything else goes over the pool.
 */
@Singleton
public class LabelStream {

    /** Shown by {@code CLIENT LIST}. */
    public static final String READER_NAME = "fraud-label-reader";

    private static final int CLAIM_PAGE = 100;

    private final Redis redis;
    private final String stream;
    private final String group;

    LabelStream(Redis redis, ScoringConfig config) {
        this.redis = redis;
        this.stream = config.labels().stream();
        this.group = config.labels().consumerGroup();
    }

    /** Creates the consumer group (and the stream) unless it exists; a new group starts at the stream's beginning. */
    public Uni<Void> createGroup() {
        return redis.send(Request.cmd(Command.XGROUP).arg("CREATE").arg(stream).arg(group).arg("0").arg("MKSTREAM"))
                .replaceWithVoid()
                .onFailure(e -> e.getMessage() != null && e.getMessage().contains("BUSYGROUP")).recoverWithNull();
    }

    /**
     * Entries never delivered to the group, as they arrive: XREADGROUP with BLOCK, again and again, on a connection
     * opened for this subscription and closed when it ends (completion, failure or cancellation).
     */
    public Multi<StreamEntry> newEntries(String consumer, int count, Duration block) {
        return Multi.createFrom().resourceFromUni(this::openReader,
                        reader -> Multi.createBy().repeating()
                                .uni(() -> reader.send(readGroup(consumer, count, block)).map(StreamReplies::readGroup))
                                .indefinitely())
                .withFinalizer(reader -> {
                    return reader.close();
                })
                .onItem().transformToIterable(entries -> entries);
    }

    /** Takes over every entry pending longer than {@code minIdle} at any consumer of the group (XAUTOCLAIM). */
    public Multi<StreamEntry> claimIdle(String consumer, Duration minIdle) {
        record Page(List<StreamEntry> entries, String next) {
        }
        return Multi.createBy().repeating()
                .uni(() -> new String[] {"0-0"}, cursor -> redis.send(Request.cmd(Command.XAUTOCLAIM).arg(stream)
                                .arg(group).arg(consumer).arg(minIdle.toMillis()).arg(cursor[0]).arg("COUNT").arg(CLAIM_PAGE))
                        .map(reply -> {
                            cursor[0] = StreamReplies.claimCursor(reply);
                            return new Page(StreamReplies.claimed(reply), cursor[0]);
                        }))
                .whilst(page -> !"0-0".equals(page.next()))
                .onItem().transformToIterable(Page::entries);
    }

    /** Acknowledges an entry: it leaves the group's pending list. */
    public Uni<Void> ack(String entryId) {
        return redis.send(Request.cmd(Command.XACK).arg(stream).arg(group).arg(entryId)).replaceWithVoid();
    }

    private Uni<RedisConnection> openReader() {
        return redis.connect().call(c -> c.send(Request.cmd(Command.CLIENT).arg("SETNAME").arg(READER_NAME))
                .onFailure().call(c::close));
    }

    private Request readGroup(String consumer, int count, Duration block) {
        return Request.cmd(Command.XREADGROUP).arg("GROUP").arg(group).arg(consumer).arg("COUNT").arg(count)
                .arg("BLOCK").arg(block.toMillis()).arg("STREAMS").arg(stream).arg(">");
    }
}
