package io.github.idfraud.harness;

import io.github.idfraud.contract.EnvironmentVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The environment one of our services is started with, built from the names in {@link EnvironmentVariables}; the
 * settings both services share live here, each service's own in its subclass. Values not set keep the service's
 * default.
 *
 * @param <S> the concrete builder, so the shared setters chain with the service's own
 */
public abstract sealed class ServiceEnvironment<S extends ServiceEnvironment<S>>
        permits ScoringServiceEnvironment, CaseServiceEnvironment {

    /** Where the tools reach a service that listens on every interface. */
    private static final String LOOPBACK = "127.0.0.1";

    private final Map<String, String> variables = new LinkedHashMap<>();
    private String host;
    private int port;
    private int managementPort;

    /** The service this environment is for. */
    public abstract Service service();

    /** Listen on {@code port} of every interface (the service's default host). */
    public S port(int port) {
        this.port = port;
        return set(EnvironmentVariables.QUARKUS_HTTP_PORT, Integer.toString(port));
    }

    /**
     * Serve health and metrics on {@code port}: the packaged services (prod profile) keep them off the service
     * port, on a management port whose default two services on one machine would share.
     */
    public S managementPort(int port) {
        this.managementPort = port;
        return set(EnvironmentVariables.QUARKUS_MANAGEMENT_PORT, Integer.toString(port));
    }

    /** Listen on {@code host}:{@code port} only, and serve the management port on {@code host} only. */
    public S listen(String host, int port) {
        this.host = host;
        set(EnvironmentVariables.QUARKUS_HTTP_HOST, host);
        set(EnvironmentVariables.QUARKUS_MANAGEMENT_HOST, host);
        return port(port);
    }

    public S redis(String url) {
        return set(EnvironmentVariables.QUARKUS_REDIS_HOSTS, url);
    }

    /** A Redis Cluster: the client type, and its seed nodes as comma-separated {@code redis://host:port} URLs. */
    public S redisCluster(String seedUrls) {
        set(EnvironmentVariables.QUARKUS_REDIS_CLIENT_TYPE, "cluster");
        return redis(seedUrls);
    }

    /** Base64 of 32 bytes; the same in both services, so the case service can open what scoring sealed. */
    public S contactEncryptionKey(String base64) {
        return set(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, base64);
    }

    /** During a rotation window: retired contact-encryption keys that still open envelopes, comma-separated. */
    public S contactEncryptionPreviousKeys(String base64Keys) {
        return set(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_PREVIOUS_KEYS, base64Keys);
    }

    /** The alert stream (scoring to cases) and the label stream (cases to scoring). */
    public S streams(String alerts, String labels) {
        set(EnvironmentVariables.FRAUD_ALERTS_STREAM, alerts);
        return set(EnvironmentVariables.FRAUD_LABELS_STREAM, labels);
    }

    /** {@code http://host:port} as this machine reaches the service. */
    public String baseUrl() {
        if (port == 0) {
            throw new IllegalStateException(service().module() + ": no port set (call port() or listen())");
        }
        return url(port);
    }

    /** {@code http://host:managementPort} as this machine reaches the service's health and metrics. */
    public String managementUrl() {
        if (managementPort == 0) {
            throw new IllegalStateException(service().module() + ": no management port set (call managementPort())");
        }
        return url(managementPort);
    }

    /** The variables to add to the (scrubbed) environment of the service's process. */
    public Map<String, String> variables() {
        // fail when a port was not set: a service on its default ports would collide with the next one
        baseUrl();
        managementUrl();
        return Map.copyOf(variables);
    }

    protected final S set(String name, String value) {
        variables.put(name, value);
        return self();
    }

    /** A per-tenant setting as the services read it: {@code tenant:value} pairs sorted by tenant, comma-separated. */
    protected static String tenantPairs(Map<String, String> valueByTenant) {
        return new TreeMap<>(valueByTenant).entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private String url(int listening) {
        return "http://" + (host == null ? LOOPBACK : host) + ":" + listening;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}
