package io.github.idfraud.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real Keycloak (the OpenID Connect provider of the analyst workbench) for tests and the demo: the cached server
 * ({@link KeycloakDistribution}) started on free ports with an in-memory database, the committed {@code idfraud} realm
 * imported with this run's client secrets and user passwords. Stopped on {@link #close()} or on the JVM's exit.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.builder(workDir, URI.create("http://localhost:8081")).start()) {
 *     String bearer = keycloak.passwordGrantToken("analyst-a");
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "idfraud";
    /** The case service's web UI: authorization-code flow, confidential. */
    public static final String WORKBENCH_CLIENT_ID = "workbench";
    /** Password grants for the demo's and the tests' API calls; production uses the bank's own flows instead. */
    public static final String CASE_API_CLIENT_ID = "case-api";
    /** In the {@code aud} of every token either client gets. */
    public static final String AUDIENCE = "idfraud-case-service";
    /** Where the browser and the service both reach Keycloak, so they see one issuer string. */
    private static final String HOST = "localhost";
    /** Keycloak listens on loopback only; {@link #HOST} resolves here. */
    private static final String BIND = "127.0.0.1";
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);

    private final ChildProcess child;
    private final int httpPort;
    private final String workbenchClientSecret;
    private final String caseApiClientSecret;
    private final Map<String, String> passwords;
    private final List<RealmUser> users;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private KeycloakServer(ChildProcess child, int httpPort, String workbenchClientSecret, String caseApiClientSecret,
                           Map<String, String> passwords, List<RealmUser> users) {
        this.child = child;
        this.httpPort = httpPort;
        this.workbenchClientSecret = workbenchClientSecret;
        this.caseApiClientSecret = caseApiClientSecret;
        this.passwords = passwords;
        this.users = users;
    }

    /**
     * @param workDir          where this run's log ({@code keycloak.log}) and transaction store go
     * @param workbenchBaseUrl the case service as the browser reaches it, e.g. {@code http://localhost:8081}: the
     *                         workbench's redirect URIs are {@code <it>/workbench/*}, its post-logout URI
     *                         {@code <it>/signed-out}
     */
    public static Builder builder(Path workDir, URI workbenchBaseUrl) {
        return new Builder(workDir, workbenchBaseUrl);
    }

    /** {@code http://localhost:<port>/realms/idfraud}: the {@code iss} of every token, and the discovery base. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://" + HOST + ":" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public String workbenchClientId() {
        return WORKBENCH_CLIENT_ID;
    }

    public String workbenchClientSecret() {
        return workbenchClientSecret;
    }

    public String caseApiClientId() {
        return CASE_API_CLIENT_ID;
    }

    public String caseApiClientSecret() {
        return caseApiClientSecret;
    }

    /** The realm's users (two per bank: an analyst and a supervisor). */
    public List<RealmUser> users() {
        return users;
    }

    /** The user called {@code username}; fails naming the realm's users when there is none. */
    public RealmUser user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> unknownUser(username));
    }

    /** This run's password of {@code username}. */
    public String password(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw unknownUser(username);
        }
        return password;
    }

    /** A password grant on {@code case-api} ({@code scope=openid}, so an ID token comes too); any answer is returned. */
    public TokenAnswer passwordGrant(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CASE_API_CLIENT_ID);
        form.put("client_secret", caseApiClientSecret);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        HttpResponse<String> answer = postForm(URI.create(issuerUrl() + "/protocol/openid-connect/token"), form);
        JsonNode body = readJson(answer.body());
        return new TokenAnswer(answer.statusCode(), body.path("access_token").asText(null),
                body.path("id_token").asText(null), body.path("error").asText(null));
    }

    /** A bearer access token for {@code username} with this run's password; fails when Keycloak refuses. */
    public String passwordGrantToken(String username) {
        TokenAnswer answer = passwordGrant(username, password(username));
        if (!answer.ok()) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": HTTP "
                    + answer.statusCode() + " " + answer.error());
        }
        return answer.accessToken();
    }

    public Path log() {
        return child.log();
    }

    /** SIGTERM, then SIGKILL when Keycloak has not stopped within the grace period. */
    @Override
    public void close() {
        child.close();
    }

    @Override
    public String toString() {
        return "Keycloak at " + issuerUrl();
    }

    private IllegalArgumentException unknownUser(String username) {
        return new IllegalArgumentException("no user " + username + " in realm " + REALM + "; its users are "
                + users.stream().map(RealmUser::username).toList());
    }

    private HttpResponse<String> postForm(URI url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url).timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private JsonNode readJson(String body) {
        try {
            return json.readTree(body.isEmpty() ? "{}" : body);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered something that is not JSON: " + body, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Imports the realm through the admin API with the bootstrap admin: no shared import folder between runs. */
    private void importRealm(String realmJson, String adminUsername, String adminPassword) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", adminUsername);
        form.put("password", adminPassword);
        HttpResponse<String> token = postForm(URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"),
                form);
        if (token.statusCode() != 200) {
            throw new IllegalStateException("the bootstrap admin got no token: HTTP " + token.statusCode() + " "
                    + token.body());
        }
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms"))
                .timeout(HTTP_TIMEOUT)
                .header("Authorization", "Bearer " + readJson(token.body()).path("access_token").asText())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(realmJson)).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused realm " + REALM + ": HTTP " + created.statusCode() + " "
                    + created.body());
        }
    }

    /** What a run may choose; everything not chosen is a free port or a fresh random secret. */
    public static final class Builder {

        private static final SecureRandom RANDOM = new SecureRandom();

        private final Path workDir;
        private final URI workbenchBaseUrl;
        private final Map<String, String> passwords = new LinkedHashMap<>();
        private Path home;
        private int httpPort;
        private String workbenchClientSecret = randomSecret();
        private String caseApiClientSecret = randomSecret();
        private Duration startTimeout = Duration.ofSeconds(120);

        private Builder(Path workDir, URI workbenchBaseUrl) {
            this.workDir = workDir;
            this.workbenchBaseUrl = workbenchBaseUrl;
        }

        /** Keycloak's HTTP port; a free one when not set. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** {@code username}'s password for this run; users not given get a random one ({@link #password(String)}). */
        public Builder password(String username, String password) {
            passwords.put(username, password);
            return this;
        }

        public Builder workbenchClientSecret(String secret) {
            this.workbenchClientSecret = secret;
            return this;
        }

        public Builder caseApiClientSecret(String secret) {
            this.caseApiClientSecret = secret;
            return this;
        }

        /** A Keycloak unpacked elsewhere than the build's cache folder. */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** How long Keycloak may take to answer once started (default 120 s; ~45 s on a 2-core machine). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /**
         * Builds the cached server once if needed, starts it, imports the realm and returns when the realm's discovery
         * document answers; fails with the log's last lines if Keycloak exits or does not answer in time.
         */
        public KeycloakServer start() {
            KeycloakRealm realm = new KeycloakRealm();
            List<RealmUser> users = realm.users();
            Map<String, String> runPasswords = runPasswords(users);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(KeycloakRealm.WORKBENCH_BASE_URL, workbenchBaseUrl.toString().replaceAll("/+$", ""));
            values.put(KeycloakRealm.WORKBENCH_CLIENT_SECRET, workbenchClientSecret);
            values.put(KeycloakRealm.CASE_API_CLIENT_SECRET, caseApiClientSecret);
            runPasswords.forEach((user, password) -> values.put(KeycloakRealm.passwordPlaceholder(user), password));
            String realmJson = realm.fill(values);

            KeycloakDistribution distribution = home == null ? KeycloakDistribution.inCache()
                    : KeycloakDistribution.at(home, KeycloakDistribution.version());
            distribution.ensureBuilt(javaEnvironment(Map.of()), workDir.resolve("keycloak-build.log"));

            int port = httpPort == 0 ? ChildProcess.freePort() : httpPort;
            String adminUsername = "admin-" + randomSecret().substring(0, 8);
            String adminPassword = randomSecret();
            ChildProcess child = ChildProcess.start("keycloak", distribution.command(startArguments(port)),
                    javaEnvironment(Map.of(
                            "KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername,
                            "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword)),
                    workDir.resolve("keycloak.log"));
            KeycloakServer server = new KeycloakServer(child, port, workbenchClientSecret, caseApiClientSecret,
                    Map.copyOf(runPasswords), List.copyOf(users));
            try {
                child.awaitHttpOk(URI.create(server.baseUrl() + "/realms/master/.well-known/openid-configuration"),
                        startTimeout);
                server.importRealm(realmJson, adminUsername, adminPassword);
                child.awaitHttpOk(URI.create(server.issuerUrl() + "/.well-known/openid-configuration"),
                        Duration.ofSeconds(30));
                return server;
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        private Map<String, String> runPasswords(List<RealmUser> users) {
            List<String> known = users.stream().map(RealmUser::username).toList();
            passwords.keySet().stream().filter(user -> !known.contains(user)).findFirst().ifPresent(user -> {
                throw new IllegalArgumentException("a password for " + user + ", who is not in realm " + REALM
                        + "; its users are " + known);
            });
            Map<String, String> chosen = new LinkedHashMap<>();
            for (String user : known) {
                chosen.put(user, passwords.getOrDefault(user, randomSecret()));
            }
            return chosen;
        }

        /**
         * Production mode on the prebuilt server ({@code --optimized}: never rebuilds under another run), plain HTTP
         * on loopback, a local cache (no clustering between runs), and a fixed hostname so every token's {@code iss}
         * is {@link #issuerUrl()} however Keycloak is reached.
         */
        private static List<String> startArguments(int port) {
            return List.of("start", "--optimized",
                    "--cache=local",
                    "--http-enabled=true",
                    "--http-host=" + BIND,
                    "--http-port=" + port,
                    // The management interface defaults to 9000 for every run; a free port each avoids clashes.
                    "--http-management-port=" + ChildProcess.freePort(),
                    "--hostname=http://" + HOST + ":" + port,
                    "--log-console-color=false");
        }

        /**
         * kc.sh runs {@code $JAVA}: the JVM running this tool. The transaction store goes to this run's folder, not
         * the shared server's {@code data/}.
         */
        private Map<String, String> javaEnvironment(Map<String, String> more) {
            Map<String, String> environment = new LinkedHashMap<>(more);
            environment.put("JAVA", ChildProcess.javaExecutable());
            environment.put("JAVA_OPTS_APPEND", "-Dquarkus.transaction-manager.object-store.directory="
                    + workDir.toAbsolutePath().resolve("keycloak-transaction-logs"));
            return environment;
        }

        private static String randomSecret() {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
