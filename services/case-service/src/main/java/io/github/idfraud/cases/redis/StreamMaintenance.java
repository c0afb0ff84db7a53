package io.github.idfraud.cases.redis;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.redis.datasource.stream.XTrimArgs;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps the streams this service reads or writes within their retention, and finds or removes one person's entries
 * in them. An entry id starts with the millisecond it was added, so age needs no field of the entry.
 */
@ApplicationScoped
public class StreamMaintenance {

    private static final int PAGE = 500;

    private final StreamCommands<String, String, String> streams;

    StreamMaintenance(RedisDataSource redis) {
        this.streams = redis.stream(String.class);
    }

    /** Removes every entry added before {@code cutoff} (XTRIM MINID); returns how many. */
    public long trimBefore(String stream, Instant cutoff) {
        return streams.xtrim(stream, new XTrimArgs().minid(cutoff.toEpochMilli() + "-0"));
    }

    /** Every entry of the stream that {@code wanted} accepts, oldest first, read a page at a time. */
    public List<StreamEntry> find(String stream, Predicate<StreamEntry> wanted) {
        List<StreamEntry> found = new ArrayList<>();
        String from = "-";
        while (true) {
            var page = streams.xrange(stream, StreamRange.of(from, "+"), PAGE);
            for (var message : page) {
                StreamEntry entry = new StreamEntry(message.id(), message.payload());
                if (wanted.test(entry)) {
                    found.add(entry);
                }
            }
            if (page.size() < PAGE) {
                return found;
            }
            from = "(" + page.get(page.size() - 1).id();
        }
    }

    /** Deletes the entries (XDEL); returns how many existed. */
    public long delete(String stream, Collection<StreamEntry> entries) {
        return entries.isEmpty() ? 0 : streams.xdel(stream, entries.stream().map(StreamEntry::id).toArray(String[]::new));
    }
}
