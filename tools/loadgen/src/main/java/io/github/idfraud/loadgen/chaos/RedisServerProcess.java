package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.harness.ChildProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Redis of the run's own on a free loopback port, persisting to an append-only file in its directory, so it can be
 * stopped and started again with its data (the machine's shared Redis keeps nothing on disk and is not ours to stop).
 */
final class RedisServerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private final Path logDir;
    private final int port;
    private ChildProcess process;
    private int starts;

    private RedisServerProcess(Path dir, Path logDir, int port) {
        this.dir = dir;
        this.logDir = logDir;
        this.port = port;
    }

    static RedisServerProcess start(Path dir, Path logDir) throws IOException {
        Files.createDirectories(dir);
        RedisServerProcess redis = new RedisServerProcess(dir, logDir, ChildProcess.freePort());
        redis.start();
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts it again on the same port and directory; it reloads its append-only file. */
    synchronized void start() {
        // appendfsync everysec, Redis's own advice: "always" costs a disk flush per write and halves what the
        // services get. The run stops Redis with SIGTERM, which flushes the file before Redis exits.
        process = ChildProcess.start("redis-server", List.of("redis-server", "--port", Integer.toString(port),
                        "--bind", "127.0.0.1", "--dir", dir.toString(), "--appendonly", "yes",
                        "--appendfsync", "everysec", "--save", "", "--daemonize", "no"),
                Map.of(), logDir.resolve("redis-" + (++starts) + ".log"));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!answersPing()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server did not answer on port " + port + ":\n"
                        + process.tail(20));
            }
            Waits.sleep(Duration.ofMillis(50));
        }
    }

    /** SIGTERM: Redis flushes its append-only file and exits; waits until it is gone. */
    synchronized void stop() {
        process.close();
    }

    boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
