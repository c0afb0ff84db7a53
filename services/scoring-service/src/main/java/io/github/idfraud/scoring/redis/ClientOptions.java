package io.github.idfraud.scoring.redis;

import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.vertx.redis.client.RedisOptions;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The options Quarkus builds the service's Redis client with (hosts, user and password, TLS), kept as it builds it, so
 * that a connection made outside the client (one to each primary of a cluster, {@link Primaries}) is made the same
 * way. Changes nothing.
 */
@Singleton
public class ClientOptions implements RedisOptionsCustomizer {

    /** Quarkus's name for the client configured by {@code quarkus.redis.*}, the only one this service has. */
    private static final String DEFAULT_CLIENT = "<default>";

    private volatile RedisOptions options;

    @Override
    public void customize(String clientName, RedisOptions built) {
        if (DEFAULT_CLIENT.equals(clientName)) {
            options = new RedisOptions(built);
        }
    }

    /** A copy of the client's options; empty until Quarkus has built the client. */
    Optional<RedisOptions> copy() {
        RedisOptions kept = options;
        return kept == null ? Optional.empty() : Optional.of(new RedisOptions(kept));
    }
}
