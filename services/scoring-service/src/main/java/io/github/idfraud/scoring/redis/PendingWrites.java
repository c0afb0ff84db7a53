package io.github.idfraud.scoring.redis;

import io.vertx.mutiny.redis.client.Request;
import java.util.List;

/**
 * Redis writes prepared while an event is scored (its alert, its remembered contact) and sent with the event's
 * record by {@link EventStore#complete}, in the same round trip. Opaque outside this package.
 */
public final class PendingWrites {

    private static final PendingWrites NONE = new PendingWrites(List.of());

    final List<Request> requests;

    private PendingWrites(List<Request> requests) {
        this.requests = requests;
    }

    public static PendingWrites none() {
        return NONE;
    }

    static PendingWrites of(List<Request> requests) {
        return requests.isEmpty() ? NONE : new PendingWrites(List.copyOf(requests));
    }
}
