package io.github.idfraud.k8s;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rules every pod must follow: pinned images, requests and limits, probes, a locked-down security context. */
final class PodRules {

    /** Variable or ConfigMap key names that carry a secret and so must come from a Secret. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|KEY|KEYS|CREDENTIALS?)$");
    /** Names that do not look secret but whose values hold credentials or say where the credentials go. */
    static final Set<String> SECRET_VARIABLES = Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_FLYWAY_USERNAME", "QUARKUS_MAILER_USERNAME", "QUARKUS_REDIS_HOSTS", "POSTGRES_USER");

    private final QuarkusRules quarkus = new QuarkusRules();

    static boolean secretLike(String name) {
        return name != null && (SECRET_NAME.matcher(name).matches() || SECRET_VARIABLES.contains(name));
    }

    static boolean looksLikeKeyMaterial(String value) {
        return value != null && value.contains("-----BEGIN");
    }

    void check(Workload w, Map<String, Map<String, String>> configMaps, Findings f) {
        Manifest m = w.manifest();
        V1PodSpec pod = w.pod();
        if (pod == null) {
            f.add(m, "has no pod spec");
            return;
        }
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC())) {
            f.add(m, "shares a host namespace (hostNetwork/hostPID/hostIPC)");
        }
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            f.add(m, "automountServiceAccountToken must be false: no pod here talks to the Kubernetes API");
        }
        for (V1Container c : w.allContainers()) {
            String where = "container " + c.getName() + ": ";
            image(c, msg -> f.add(m, where + msg));
            resources(c, msg -> f.add(m, where + msg));
            security(pod.getSecurityContext(), c, msg -> f.add(m, where + msg));
            env(c, msg -> f.add(m, where + msg));
        }
        for (V1Container c : pod.getContainers()) {
            String where = "container " + c.getName() + ": ";
            probes(c, msg -> f.add(m, where + msg));
        }
        if (w.isQuarkus()) {
            quarkus.check(w, configMaps, f);
        }
    }

    static void image(V1Container c, Reporter r) {
        String image = c.getImage();
        if (image == null || image.isBlank()) {
            r.add("has no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        String tag = colon > slash ? image.substring(colon + 1) : null;
        if (tag == null) {
            r.add("image " + image + " has no tag: pin a version or a digest");
        } else if (tag.equalsIgnoreCase("latest")) {
            r.add("image " + image + " uses the 'latest' tag: pin a version or a digest");
        } else if (!tag.matches(".*[0-9].*")) {
            r.add("image " + image + " tag '" + tag + "' is not a version: pin a version or a digest");
        }
    }

    static void resources(V1Container c, Reporter r) {
        Map<String, Quantity> requests = c.getResources() == null ? null : c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources() == null ? null : c.getResources().getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (requests == null || !requests.containsKey(resource)) {
                r.add("resources.requests." + resource + " is missing");
            }
            if (limits == null || !limits.containsKey(resource)) {
                r.add("resources.limits." + resource + " is missing");
            }
        }
        if (requests != null && limits != null && requests.containsKey("memory") && limits.containsKey("memory")
                && limits.get("memory").getNumber().compareTo(requests.get("memory").getNumber()) < 0) {
            r.add("memory limit is below the memory request");
        }
    }

    static void security(V1PodSecurityContext pod, V1Container c, Reporter r) {
        V1SecurityContext sc = c.getSecurityContext();
        Boolean nonRoot = pick(sc, V1SecurityContext::getRunAsNonRoot, pod, V1PodSecurityContext::getRunAsNonRoot);
        Long user = pick(sc, V1SecurityContext::getRunAsUser, pod, V1PodSecurityContext::getRunAsUser);
        V1SeccompProfile seccomp = pick(sc, V1SecurityContext::getSeccompProfile, pod, V1PodSecurityContext::getSeccompProfile);
        if (!Boolean.TRUE.equals(nonRoot)) {
            r.add("runAsNonRoot must be true");
        }
        if (user == null || user == 0) {
            r.add("runAsUser must be a numeric non-root user id (so runAsNonRoot can be verified without the image)");
        }
        if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            r.add("securityContext.readOnlyRootFilesystem must be true");
        }
        if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            r.add("securityContext.allowPrivilegeEscalation must be false");
        }
        if (sc != null && Boolean.TRUE.equals(sc.getPrivileged())) {
            r.add("must not be privileged");
        }
        V1Capabilities caps = sc == null ? null : sc.getCapabilities();
        if (caps == null || caps.getDrop() == null || !caps.getDrop().contains("ALL")) {
            r.add("securityContext.capabilities.drop must contain ALL");
        }
        if (caps != null && caps.getAdd() != null && !caps.getAdd().isEmpty()) {
            r.add("must not add capabilities " + caps.getAdd());
        }
        if (seccomp == null || !Set.of("RuntimeDefault", "Localhost").contains(seccomp.getType())) {
            r.add("seccompProfile must be RuntimeDefault (or Localhost)");
        }
    }

    static void env(V1Container c, Reporter r) {
        if (c.getEnv() == null) {
            return;
        }
        for (V1EnvVar e : c.getEnv()) {
            if (e.getValue() != null && secretLike(e.getName())) {
                r.add("env " + e.getName() + " has a literal value: reference a Secret (valueFrom.secretKeyRef)");
            }
            if (looksLikeKeyMaterial(e.getValue())) {
                r.add("env " + e.getName() + " holds key material inline: mount it from a Secret");
            }
            if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null && secretLike(e.getName())) {
                r.add("env " + e.getName() + " comes from a ConfigMap: secrets belong in Secrets");
            }
        }
    }

    static void probes(V1Container c, Reporter r) {
        if (c.getReadinessProbe() == null) {
            r.add("readinessProbe is missing");
        }
        if (c.getLivenessProbe() == null) {
            r.add("livenessProbe is missing");
        }
        for (V1Probe probe : new V1Probe[] {c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe()}) {
            if (probe != null && probe.getHttpGet() != null && !probe.getHttpGet().getPort().isInteger()
                    && !portNames(c).contains(probe.getHttpGet().getPort().getStrValue())) {
                r.add("probe port '" + probe.getHttpGet().getPort().getStrValue() + "' is not a declared container port");
            }
        }
    }

    static List<String> portNames(V1Container c) {
        return c.getPorts() == null ? List.of()
                : c.getPorts().stream().map(V1ContainerPort::getName).filter(Objects::nonNull).toList();
    }

    private static <T> T pick(V1SecurityContext sc, Function<V1SecurityContext, T> container,
                              V1PodSecurityContext pod, Function<V1PodSecurityContext, T> podLevel) {
        T value = sc == null ? null : container.apply(sc);
        return value != null ? value : pod == null ? null : podLevel.apply(pod);
    }

    @FunctionalInterface
    interface Reporter {
        void add(String message);
    }
}
