package io.github.idfraud.features;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Sends an event's identifier scripts as one pipelined batch (one round trip). Uses EVALSHA and loads the
 * script again when Redis has forgotten it (restart, failover, SCRIPT FLUSH).
 */
final class ScriptRunner {

    static final String SCRIPT = loadScript();
    static final String SHA = sha1(SCRIPT);

    private final Function<List<Request>, Future<List<Response>>> batch;
    private final EngineSettings settings;

    ScriptRunner(Function<List<Request>, Future<List<Response>>> batch, EngineSettings settings) {
        this.batch = batch;
        this.settings = settings;
    }

    Future<List<Response>> run(List<IdentifierScript> scripts, long eventTimeSeconds) {
        if (scripts.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        List<Request> requests = new ArrayList<>(scripts.size());
        for (IdentifierScript script : scripts) {
            requests.add(script.toRequest(SHA, settings.windowTtl().toSeconds(), settings.labelTtl().toSeconds(),
                    eventTimeSeconds));
        }
        return batch.apply(requests).recover(failure -> {
            if (failure.getMessage() != null && failure.getMessage().contains("NOSCRIPT")) {
                return loadIntoRedis().compose(loaded -> batch.apply(requests));
            }
            return Future.failedFuture(failure);
        });
    }

    Future<Void> loadIntoRedis() {
        return batch.apply(List.of(Request.cmd(Command.SCRIPT).arg("LOAD").arg(SCRIPT))).mapEmpty();
    }

    private static String loadScript() {
        try (InputStream in = ScriptRunner.class.getResourceAsStream("identifier-windows.lua")) {
            if (in == null) {
                throw new IllegalStateException("identifier-windows.lua missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
