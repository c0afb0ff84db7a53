package io.github.idfraud.cases.redis;

import io.github.idfraud.cases.config.CaseConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parks an unreadable alert entry on the dead-letter stream with its reason, where it came from, and its
 * original fields, so an operator can fix and replay it while the consumer group moves on.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String FIELD_REASON = "reason";
    public static final String FIELD_SOURCE_STREAM = "source-stream";
    public static final String FIELD_SOURCE_ID = "source-id";

    private final StreamCommands<String, String, String> streams;
    private final String deadLetterStream;
    private final String sourceStream;

    DeadLetters(RedisDataSource redis, CaseConfig config) {
        this.streams = redis.stream(String.class);
        this.deadLetterStream = config.alerts().deadLetterStream();
        this.sourceStream = config.alerts().stream();
    }

    public void park(String entryId, Map<String, String> originalFields, String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (originalFields != null) {
            fields.putAll(originalFields);
        }
        fields.put(FIELD_REASON, reason);
        fields.put(FIELD_SOURCE_STREAM, sourceStream);
        fields.put(FIELD_SOURCE_ID, entryId);
        streams.xadd(deadLetterStream, fields);
    }
}
