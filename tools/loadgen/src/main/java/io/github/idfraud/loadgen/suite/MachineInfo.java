package io.github.idfraud.loadgen.suite;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine the numbers come from. The generator, Redis and the service share it, so they compete for the same
 * cores: the figures are for this setup, not for a service with a machine of its own.
 */
public record MachineInfo(int cores, long memoryMiB, String cpuModel, String os, String javaVersion, String javaVm,
                          String redisVersion, long redisOpsPerSecondAtStart, double loadAverageAtStart,
                          double loadAverageAtEnd, boolean shared, String sharing) {

    /**
     * @param redisUrl                 without credentials
     * @param redisOpsPerSecondAtStart what Redis served other clients before the suite began (INFO stats)
     */
    public static MachineInfo probe(String redisVersion, long redisOpsPerSecondAtStart, String redisUrl) {
        boolean localRedis = redisUrl.contains("127.0.0.1") || redisUrl.contains("localhost");
        String sharing = localRedis
                ? "load generator, Redis and scoring service run on this one machine and share its cores"
                : "load generator and scoring service share this machine; Redis at " + redisUrl;
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readMemoryMiB(), readCpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vm.name") + " (" + System.getProperty("java.vendor") + ")",
                redisVersion, redisOpsPerSecondAtStart, loadAverage(), -1, true, sharing);
    }

    public MachineInfo withLoadAtEnd() {
        return new MachineInfo(cores, memoryMiB, cpuModel, os, javaVersion, javaVm, redisVersion,
                redisOpsPerSecondAtStart, loadAverageAtStart, loadAverage(), shared, sharing);
    }

    /** One-minute load average, or -1 where the OS does not tell. */
    public static double loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? -1 : Math.round(load * 100) / 100.0;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM, %s, Java %s, Redis %s", cores, cpuModel,
                memoryMiB / 1024.0, os, javaVersion, redisVersion);
    }

    private static long readMemoryMiB() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static String readCpuModel() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
            }
        }
        return System.getProperty("os.arch");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
