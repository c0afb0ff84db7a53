package io.github.idfraud.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Rules for our Quarkus services (workloads labelled {@code idfraud.io/runtime: quarkus}): the SmallRye Health
 * probes and Prometheus scraping of /q/metrics on the management port (the only port that serves them in
 * production), JVM sizing from the container limit, a graceful shutdown that fits the grace period, and a writable
 * /tmp for XGBoost's native library under a read-only root filesystem.
 */
final class QuarkusRules {

    /** The container port that serves health and metrics; {@link ManagementPortRules} keeps it private. */
    static final String MANAGEMENT_PORT = "management";
    static final String MANAGEMENT_PORT_VARIABLE = "QUARKUS_MANAGEMENT_PORT";
    /** Quarkus' own default, when the variable is not set. */
    private static final int DEFAULT_MANAGEMENT_PORT = 9000;

    void check(Workload w, Map<String, Map<String, String>> configMaps, Findings f) {
        Manifest m = w.manifest();
        V1Container app = w.pod().getContainers().get(0);
        String where = "container " + app.getName() + ": ";
        V1ContainerPort management = managementPort(app);
        if (management == null) {
            f.add(m, where + "needs a container port named " + MANAGEMENT_PORT + " (" + MANAGEMENT_PORT_VARIABLE
                    + "): in production health and metrics are served there and nowhere else");
        } else {
            String configured = variable(app, configMaps, MANAGEMENT_PORT_VARIABLE);
            String served = configured == null ? String.valueOf(DEFAULT_MANAGEMENT_PORT) : configured.trim();
            if (!served.equals(String.valueOf(management.getContainerPort()))) {
                f.add(m, where + "container port " + MANAGEMENT_PORT + " is " + management.getContainerPort()
                        + " but Quarkus serves the management interface on " + served + " (" + MANAGEMENT_PORT_VARIABLE
                        + (configured == null ? " unset" : "") + ")");
            }
        }
        probe(app.getStartupProbe(), "startupProbe", "/q/health/started", management, msg -> f.add(m, where + msg));
        probe(app.getReadinessProbe(), "readinessProbe", "/q/health/ready", management, msg -> f.add(m, where + msg));
        probe(app.getLivenessProbe(), "livenessProbe", "/q/health/live", management, msg -> f.add(m, where + msg));

        String javaOptions = variable(app, configMaps, "JAVA_TOOL_OPTIONS");
        if (javaOptions == null || !javaOptions.contains("-XX:MaxRAMPercentage=")) {
            f.add(m, where + "JAVA_TOOL_OPTIONS must size the heap from the container limit (-XX:MaxRAMPercentage=...)");
        }

        long preStop = preStopSeconds(app);
        String timeout = variable(app, configMaps, "QUARKUS_SHUTDOWN_TIMEOUT");
        long grace = w.pod().getTerminationGracePeriodSeconds() == null ? 30 : w.pod().getTerminationGracePeriodSeconds();
        if (preStop < 0) {
            f.add(m, where + "needs a preStop sleep so the endpoint is removed before the JVM stops taking requests");
        }
        if (timeout == null) {
            f.add(m, where + "QUARKUS_SHUTDOWN_TIMEOUT must be set so in-flight requests finish on SIGTERM");
        } else {
            long shutdown = seconds(timeout);
            if (shutdown < 0) {
                f.add(m, where + "QUARKUS_SHUTDOWN_TIMEOUT '" + timeout + "' is not a duration");
            } else if (preStop >= 0 && grace < preStop + shutdown + 5) {
                f.add(m, "terminationGracePeriodSeconds " + grace + " must exceed preStop " + preStop
                        + "s + QUARKUS_SHUTDOWN_TIMEOUT " + shutdown + "s + 5s, or the kubelet kills requests in flight");
            }
        }

        Map<String, String> annotations = w.podAnnotations();
        if (!"true".equals(annotations.get("prometheus.io/scrape"))
                || !"/q/metrics".equals(annotations.get("prometheus.io/path"))
                || management == null
                || !String.valueOf(management.getContainerPort()).equals(annotations.get("prometheus.io/port"))) {
            f.add(m, "pod template needs prometheus.io/scrape \"true\", prometheus.io/path /q/metrics and"
                    + " prometheus.io/port naming the container port " + MANAGEMENT_PORT
                    + " (the metrics are served there only)");
        }

        if (!tmpIsEmptyDir(w, app)) {
            f.add(m, where + "/tmp must be an emptyDir mount (read-only root filesystem; XGBoost unpacks its native library there)");
        }
    }

    private static void probe(V1Probe probe, String kind, String path, V1ContainerPort management, PodRules.Reporter r) {
        if (probe == null) {
            r.add(kind + " is missing");
        } else if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            r.add(kind + " must be an httpGet on " + path + " at the port " + MANAGEMENT_PORT);
        } else if (management == null || !isPort(probe.getHttpGet().getPort(), management)) {
            r.add(kind + " must be an httpGet on " + path + " at the port " + MANAGEMENT_PORT
                    + ": the service port does not serve health in production");
        }
    }

    /** The container port named {@value #MANAGEMENT_PORT}, or null. */
    static V1ContainerPort managementPort(V1Container c) {
        return c.getPorts() == null ? null : c.getPorts().stream()
                .filter(p -> MANAGEMENT_PORT.equals(p.getName())).findFirst().orElse(null);
    }

    /** Whether {@code port} (a number or a name, as probes, Services and NetworkPolicies give it) means {@code container}. */
    static boolean isPort(IntOrString port, V1ContainerPort container) {
        return port != null && (port.isInteger() ? port.getIntValue().equals(container.getContainerPort())
                : port.getStrValue().equals(container.getName()));
    }

    /** A variable from the container's env, or from a ConfigMap it loads with envFrom. */
    static String variable(V1Container c, Map<String, Map<String, String>> configMaps, String name) {
        if (c.getEnv() != null) {
            for (V1EnvVar e : c.getEnv()) {
                if (name.equals(e.getName())) {
                    return e.getValue();
                }
            }
        }
        if (c.getEnvFrom() != null) {
            for (V1EnvFromSource from : c.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    Map<String, String> data = configMaps.getOrDefault(from.getConfigMapRef().getName(), Map.of());
                    String prefix = from.getPrefix() == null ? "" : from.getPrefix();
                    for (Map.Entry<String, String> e : data.entrySet()) {
                        if (name.equals(prefix + e.getKey())) {
                            return e.getValue();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Seconds of the preStop sleep (exec sleep N or the sleep action), or -1 without one. */
    static long preStopSeconds(V1Container c) {
        V1LifecycleHandler preStop = c.getLifecycle() == null ? null : c.getLifecycle().getPreStop();
        if (preStop == null) {
            return -1;
        }
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        if (preStop.getExec() != null && preStop.getExec().getCommand() != null) {
            List<String> command = preStop.getExec().getCommand();
            int sleep = command.indexOf("sleep");
            if (sleep >= 0 && sleep + 1 < command.size() && command.get(sleep + 1).matches("[0-9]+")) {
                return Long.parseLong(command.get(sleep + 1));
            }
        }
        return -1;
    }

    /** Quarkus durations: ISO-8601 ({@code PT20S}) or a number with ms/s/m/h (plain numbers are seconds). */
    static long seconds(String text) {
        String t = text.trim();
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return Duration.parse(t).toSeconds();
            }
            if (t.endsWith("ms")) {
                return Long.parseLong(t.substring(0, t.length() - 2)) / 1000;
            }
            char unit = t.charAt(t.length() - 1);
            if (Character.isDigit(unit)) {
                return Long.parseLong(t);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (unit) {
                case 's', 'S' -> n;
                case 'm', 'M' -> n * 60;
                case 'h', 'H' -> n * 3600;
                default -> -1;
            };
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static boolean tmpIsEmptyDir(Workload w, V1Container c) {
        if (c.getVolumeMounts() == null || w.pod().getVolumes() == null) {
            return false;
        }
        for (V1VolumeMount mount : c.getVolumeMounts()) {
            if ("/tmp".equals(mount.getMountPath())) {
                for (V1Volume v : w.pod().getVolumes()) {
                    if (v.getName().equals(mount.getName()) && v.getEmptyDir() != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
