package io.github.idfraud.testsupport;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Redis ACL users on the test Redis, for tests that run a service with only the rights its own user has: created
 * with a fresh random password, reached as that user, deleted afterwards. Setup and checks outside the user's rights
 * go through {@link #asAdmin} (the test Redis's default user).
 */
public final class RedisUsers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RedisUsers() {
    }

    /** Creates (or replaces) user {@code name} with {@code rules}; returns the URL that connects as them. */
    public static String create(String name, List<String> rules) {
        String password = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        Request setUser = Request.cmd(Command.ACL).arg("SETUSER").arg(name).arg("reset").arg("on").arg(">" + password);
        rules.forEach(setUser::arg);
        send(TestRedis.url(), setUser);
        URI admin = URI.create(TestRedis.url());
        return admin.getScheme() + "://" + name + ":" + password + "@" + admin.getHost() + ":" + admin.getPort();
    }

    public static void delete(String name) {
        send(TestRedis.url(), Request.cmd(Command.ACL).arg("DELUSER").arg(name));
    }

    public static Response asAdmin(String... command) {
        return send(TestRedis.url(), request(command));
    }

    /** Sends {@code command} as the user of {@code url}; a refusal (NOPERM) is thrown as {@link IllegalStateException}. */
    public static Response as(String url, String... command) {
        return send(url, request(command));
    }

    private static Request request(String... command) {
        Request request = Request.cmd(Command.create(command[0]));
        for (int i = 1; i < command.length; i++) {
            request.arg(command[i]);
        }
        return request;
    }

    private static Response send(String url, Request request) {
        Vertx vertx = Vertx.vertx();
        try {
            Redis client = Redis.createClient(vertx, url);
            try {
                return client.send(request).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } finally {
                client.close();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Redis in 10 s", e);
        } finally {
            vertx.close();
        }
    }
}
