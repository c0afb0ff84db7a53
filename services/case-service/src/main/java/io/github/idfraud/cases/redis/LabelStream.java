package io.github.idfraud.cases.redis;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.contract.StreamedLabel;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The labels stream to the scoring service (ADR 0003): one entry per label, a {@link StreamedLabel}. An append is
 * idempotent per label: the outbox retries a whole batch when Redis fails halfway through it or when the database
 * commit after the appends fails, and a label already on the stream is not appended again.
 */
@ApplicationScoped
public class LabelStream {

    /** The entry layout's version ({@link StreamNames#FIELD_VERSION}). */
    private static final String VERSION = StreamedLabel.SCHEMA_VERSION;
    /** How long a label's "appended" marker is kept: far beyond any outbox retry, short enough to cost nothing. */
    private static final Duration APPENDED_MARKER_TTL = Duration.ofDays(7);
    /**
     * KEYS: stream, appended marker. ARGV: version, label line, marker TTL in seconds, signature. Returns the entry
     * id.
     */
    private static final String APPEND_ONCE_SCRIPT = """
            local appended = redis.call('GET', KEYS[2])
            if appended then return appended end
            local id = redis.call('XADD', KEYS[1], '*', '%s', ARGV[1], '%s', ARGV[2], '%s', ARGV[4])
            redis.call('SET', KEYS[2], id, 'EX', tonumber(ARGV[3]))
            return id
            """.formatted(StreamNames.FIELD_VERSION, StreamNames.FIELD_LABEL, StreamNames.FIELD_SIGNATURE);

    private final RedisDataSource redis;
    private final String stream;
    private final LabelEntrySignature signature;

    LabelStream(RedisDataSource redis, CaseConfig config, LabelEntrySignature signature) {
        this.redis = redis;
        this.stream = config.labels().stream();
        this.signature = signature;
    }

    /**
     * Appends one label line unless the label named by {@code labelDigest} is on the stream already; returns the
     * entry id either way.
     */
    public String append(String labelDigest, String labelLine) {
        Response id = redis.execute("EVAL", APPEND_ONCE_SCRIPT, "2", stream,
                RedisKeys.streamAppended(stream, labelDigest), VERSION, labelLine,
                Long.toString(APPENDED_MARKER_TTL.toSeconds()), signature.sign(VERSION, labelLine));
        return id.toString();
    }
}
