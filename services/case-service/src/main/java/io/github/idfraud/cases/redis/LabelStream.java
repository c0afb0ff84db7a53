package io.github.idfraud.cases.redis;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.contract.StreamNames;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The labels stream to the scoring service (ADR 0003): one entry per label, the event-log line of it. */
@ApplicationScoped
public class LabelStream {

    /** The entry layout's version ({@link StreamNames#FIELD_VERSION}). */
    private static final String VERSION = "1";

    private final StreamCommands<String, String, String> streams;
    private final String stream;

    LabelStream(RedisDataSource redis, CaseConfig config) {
        this.streams = redis.stream(String.class);
        this.stream = config.labels().stream();
    }

    /** Appends one label line; returns the entry's id. */
    public String append(String labelLine) {
        return streams.xadd(stream, Map.of(StreamNames.FIELD_VERSION, VERSION, StreamNames.FIELD_LABEL, labelLine));
    }
}
