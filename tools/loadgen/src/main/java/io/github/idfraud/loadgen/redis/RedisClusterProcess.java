package io.github.idfraud.loadgen.redis;

import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.features.redis.RedisKeyspace;
import io.github.idfraud.harness.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A Redis Cluster of a run's own: three primaries and three replicas, each a {@code redis-server} child on a
 * loopback port from {@code basePort} (its bus on port + 10000), each with its node table (and, when durable, an
 * append-only file) in a directory of its own, so a killed node comes back on the same port as the same node.
 * Failures are detected after {@link #NODE_TIMEOUT_MS}, as in tools/redis-cluster. Administration goes through
 * {@code redis-cli}.
 */
public final class RedisClusterProcess implements AutoCloseable {

    static final int NODES = 6;
    public static final int NODE_TIMEOUT_MS = 2_000;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    /** One failover, as {@link System#nanoTime()} readings: the kill, the promotion, the old primary back as a replica. */
    public record Failover(String killedNode, String promotedNode, long killedNanos, long promotedNanos, long rejoinedNanos) {
    }

    private final Path dir;
    private final Path logDir;
    private final int basePort;
    private final boolean durable;
    private final ChildProcess[] nodes = new ChildProcess[NODES];
    private final int[] starts = new int[NODES];

    private RedisClusterProcess(Path dir, Path logDir, int basePort, boolean durable) {
        this.dir = dir;
        this.logDir = logDir;
        this.basePort = basePort;
        this.durable = durable;
    }

    /**
     * Starts six nodes on {@code basePort}..+5 and joins them into a cluster with one replica per primary.
     *
     * @param durable an append-only file (fsync every second) on each node, for a run that kills nodes; without
     *                one, nodes keep data in memory only, as a benchmark's single Redis does
     */
    public static RedisClusterProcess start(Path dir, Path logDir, int basePort, boolean durable) {
        for (int i = 0; i < NODES; i++) {
            for (int port : new int[] {basePort + i, basePort + i + 10_000}) {
                if (!free(port)) {
                    throw new IllegalStateException("port " + port + " is taken; the cluster needs " + basePort + "-"
                            + (basePort + NODES - 1) + " and their bus ports +10000 (choose others with "
                            + "--cluster-base-port)");
                }
            }
        }
        RedisClusterProcess cluster = new RedisClusterProcess(dir, logDir, basePort, durable);
        try {
            for (int i = 0; i < NODES; i++) {
                cluster.startNode(i);
            }
            List<String> create = new ArrayList<>(List.of("--cluster", "create"));
            for (int i = 0; i < NODES; i++) {
                create.add("127.0.0.1:" + (basePort + i));
            }
            create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
            cli(basePort, create);
            cluster.await("3 primaries with a replica each and every slot served", () -> cluster.healthy(basePort)
                    && cluster.nodeTable(basePort).stream().filter(n -> n.primary() && n.connected()).count() == 3
                    && cluster.nodeTable(basePort).stream().filter(n -> !n.primary() && n.connected()).count() == 3);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The seed URLs for {@code QUARKUS_REDIS_HOSTS} and for the run's own connections, comma-separated. */
    public String urls() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            urls.add("redis://127.0.0.1:" + (basePort + i));
        }
        return String.join(",", urls);
    }

    /**
     * SIGKILLs the primary serving {@code key}'s slot, waits until its replica serves the slot and the cluster says
     * ok, then starts the killed node again and waits until it is that replica's replica, in sync.
     */
    public Failover killPrimaryOf(String key) {
        int slot = Integer.parseInt(cli(basePort, List.of("cluster", "keyslot", key)).strip());
        Node victim = ownerOf(basePort, slot);
        int index = victim.port() - basePort;
        int witness = basePort + (index + 1) % NODES;
        if (nodeTable(witness).stream().anyMatch(n -> n.port() == victim.port() && n.self())) {
            witness = basePort + (index + 2) % NODES;
        }
        int observer = witness;
        long killed = System.nanoTime();
        nodes[index].kill();
        await("a replica promoted for slot " + slot, () -> {
            Node owner = ownerOf(observer, slot);
            return owner != null && owner.port() != victim.port() && healthy(observer);
        });
        long promoted = System.nanoTime();
        Node successor = ownerOf(observer, slot);
        startNode(index);
        await("127.0.0.1:" + victim.port() + " back as a replica, in sync", () -> {
            String replication = cli(victim.port(), List.of("info", "replication"));
            return replication.contains("role:slave") && replication.contains("master_link_status:up")
                    && replication.contains("master_port:" + successor.port()) && healthy(victim.port());
        });
        return new Failover("127.0.0.1:" + victim.port(), "127.0.0.1:" + successor.port(), killed, promoted,
                System.nanoTime());
    }

    private void startNode(int i) {
        int port = basePort + i;
        Path nodeDir = dir.resolve(Integer.toString(port));
        try {
            Files.createDirectories(nodeDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", nodeDir.toString(), "--cluster-enabled", "yes",
                "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", Integer.toString(NODE_TIMEOUT_MS),
                "--appendonly", durable ? "yes" : "no", "--appendfsync", "everysec", "--save", "",
                "--daemonize", "no"));
        StateBuckets.REDIS_SETTINGS.forEach((name, value) -> command.addAll(List.of("--" + name, value)));
        nodes[i] = ChildProcess.start("redis-" + port, command,
                Map.of(), logDir.resolve("redis-" + port + "-" + (++starts[i]) + ".log"));
        await("redis-server on port " + port, () -> cli(port, List.of("ping")).strip().equals("PONG"));
    }

    /**
     * CPU seconds (user and system) each primary has used since it started, by {@code host:port}: what a shard
     * costs, for sizing.
     */
    public Map<String, Double> cpuSecondsByPrimary() {
        Map<String, Double> seconds = new TreeMap<>();
        for (Node node : nodeTable(basePort)) {
            if (node.primary() && node.connected()) {
                seconds.put("127.0.0.1:" + node.port(), RedisKeyspace.cpuSeconds(cli(node.port(), List.of("info", "cpu"))));
            }
        }
        return seconds;
    }

    private boolean healthy(int port) {
        return cli(port, List.of("cluster", "info")).contains("cluster_state:ok");
    }

    /** One line of CLUSTER NODES. */
    private record Node(int port, boolean self, boolean primary, boolean connected, List<int[]> slots) {

        boolean serves(int slot) {
            return slots.stream().anyMatch(range -> slot >= range[0] && slot <= range[1]);
        }
    }

    private static Node ownerOf(int askedPort, int slot) {
        return nodeTable(askedPort).stream().filter(n -> n.primary() && n.connected() && n.serves(slot)).findFirst()
                .orElse(null);
    }

    private static List<Node> nodeTable(int askedPort) {
        List<Node> table = new ArrayList<>();
        for (String line : cli(askedPort, List.of("cluster", "nodes")).split("\n")) {
            String[] f = line.strip().split(" ");
            if (f.length < 8) {
                continue;
            }
            int port = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1, f[1].indexOf('@')));
            List<String> flags = List.of(f[2].split(","));
            List<int[]> slots = new ArrayList<>();
            for (int k = 8; k < f.length; k++) {
                if (f[k].startsWith("[")) {
                    continue; // a slot being migrated
                }
                String[] range = f[k].split("-");
                slots.add(new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[range.length - 1])});
            }
            table.add(new Node(port, flags.contains("myself"), flags.contains("master") && !flags.contains("fail")
                    && !flags.contains("fail?"), f[7].equals("connected"), slots));
        }
        return table;
    }

    /** {@code redis-cli -p port args...}, its output; empty when the node does not answer. */
    private static String cli(int port, List<String> args) {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return output.replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run redis-cli (install redis-tools)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Redis Cluster: no " + what + " within " + READY_TIMEOUT.toSeconds()
                        + " s; node logs in " + logDir + "\n" + nodeTables());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private String nodeTables() {
        return IntStream.range(0, NODES).mapToObj(i -> basePort + i)
                .map(port -> port + ": " + cli(port, List.of("cluster", "nodes"))).collect(Collectors.joining("\n"));
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (ChildProcess node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }
}
