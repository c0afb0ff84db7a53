package io.github.idfraud.features;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of one identifier's call to {@code identifier-windows.lua}, built in order, and where each
 * reply value goes: straight into a feature, into a named reading for later derivation, or nowhere.
 */
final class IdentifierScript {

    private final String key;
    private final List<String> args = new ArrayList<>();
    private final List<Object> targets = new ArrayList<>();

    IdentifierScript(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    IdentifierScript count(char metric, long amount) {
        return op(null, "C", String.valueOf(metric), Long.toString(amount));
    }

    IdentifierScript sum(char metric, Window window, Object target) {
        return op(target, "S", String.valueOf(metric), window.code());
    }

    IdentifierScript link(char linkKind, String member) {
        return op(null, "H", String.valueOf(linkKind), member);
    }

    IdentifierScript distinct(char linkKind, int days, Object target) {
        return op(target, "D", String.valueOf(linkKind), Integer.toString(days));
    }

    IdentifierScript readTime(String field, Object target) {
        return op(target, "G", field);
    }

    IdentifierScript touchTime(String field) {
        return op(null, "T", field);
    }

    /** Reading: the member's first-sight time, or -1 when this event is its first sight. */
    IdentifierScript firstSight(String member, String markFieldWhenNew, Object target) {
        return op(target, "N", member, markFieldWhenNew == null ? "-" : markFieldWhenNew);
    }

    IdentifierScript streak(String field, boolean extend, Object target) {
        return op(target, "K", field, extend ? "1" : "0");
    }

    IdentifierScript position(double latitude, double longitude, Object target) {
        return op(target, "P", Double.toString(latitude), Double.toString(longitude));
    }

    IdentifierScript labelsWithin(long seconds, Object target) {
        return op(target, "LC", Long.toString(seconds));
    }

    IdentifierScript addLabel(String member) {
        return op(null, "LA", member);
    }

    IdentifierScript removeLabel(String member) {
        return op(null, "LR", member);
    }

    private IdentifierScript op(Object target, String... parts) {
        for (String part : parts) {
            args.add(part);
        }
        targets.add(target);
        return this;
    }

    Request toRequest(String sha, long ttlSeconds, long labelTtlSeconds, long eventTimeSeconds) {
        Request request = Request.cmd(Command.EVALSHA).arg(sha).arg(1).arg(key)
                .arg(ttlSeconds).arg(labelTtlSeconds).arg(eventTimeSeconds);
        for (String arg : args) {
            request.arg(arg);
        }
        return request;
    }

    /** Routes each reply value to its feature or reading. */
    void collect(Response reply, FeatureVector vector, Readings readings) {
        if (reply == null || reply.size() != targets.size()) {
            throw new IllegalStateException("identifier script for " + key + " answered " + (reply == null ? 0 : reply.size())
                    + " values, expected " + targets.size());
        }
        for (int i = 0; i < targets.size(); i++) {
            Object target = targets.get(i);
            if (target instanceof Feature feature) {
                vector.set(feature, reply.get(i).toLong());
            } else if (target instanceof String name) {
                readings.put(name, reply.get(i).toString());
            }
        }
    }
}
