package io.github.idfraud.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AnalystRoles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real Keycloak for the class (~45 s to start here): the realm's tokens carry what the case service reads. */
class KeycloakServerTests {

    private static final URI WORKBENCH = URI.create("http://localhost:18081");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workDir;
    static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        long started = System.nanoTime();
        keycloak = KeycloakServer.builder(workDir, WORKBENCH).password("analyst-a", "chosen-by-the-test").start();
        System.out.printf("Keycloak ready in %.1f s (realm imported; the one-time build included if it ran)%n",
                (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void stoppingKeycloakFreesItsPort() throws IOException {
        int port = keycloak.httpPort();
        keycloak.close();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void anAnalystsAccessTokenCarriesTheirBankTheirRoleAndTheCaseServiceAudience() throws IOException {
        JsonNode claims = payload(keycloak.passwordGrantToken("analyst-a"));

        assertThat(claims.path("tenant").asText()).isEqualTo("bank-a");
        assertThat(texts(claims.path("groups"))).contains(AnalystRoles.ANALYST).doesNotContain(AnalystRoles.SUPERVISOR);
        assertThat(texts(claims.path("aud"))).contains(KeycloakServer.AUDIENCE);
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUrl())
                .isEqualTo("http://localhost:" + keycloak.httpPort() + "/realms/idfraud");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("access token lifespan, s")
                .isEqualTo(300);
    }

    @Test
    void theIdTokenCarriesTheSameClaims() throws IOException {
        TokenAnswer answer = keycloak.passwordGrant("analyst-a", keycloak.password("analyst-a"));
        JsonNode claims = payload(answer.idToken());

        assertThat(claims.path("tenant").asText()).isEqualTo("bank-a");
        assertThat(texts(claims.path("groups"))).containsExactly(AnalystRoles.ANALYST);
        assertThat(texts(claims.path("aud"))).contains(KeycloakServer.AUDIENCE);
    }

    @Test
    void aSupervisorOfAnotherBankGetsThatBankAndTheSupervisorGroup() throws IOException {
        JsonNode claims = payload(keycloak.passwordGrantToken("supervisor-b"));

        assertThat(claims.path("tenant").asText()).isEqualTo("bank-b");
        assertThat(texts(claims.path("groups"))).contains(AnalystRoles.SUPERVISOR).doesNotContain(AnalystRoles.ANALYST);
    }

    @Test
    void everyUserOfTheThreeBanksCanSignInWithThisRunsPassword() throws IOException {
        assertThat(keycloak.users()).extracting(RealmUser::tenant).containsOnly("bank-a", "bank-b", "bank-c");
        for (RealmUser user : keycloak.users()) {
            JsonNode claims = payload(keycloak.passwordGrantToken(user.username()));
            assertThat(claims.path("tenant").asText()).as(user.username()).isEqualTo(user.tenant());
            assertThat(texts(claims.path("groups"))).as(user.username()).contains(user.role());
        }
        assertThat(keycloak.password("analyst-a")).isEqualTo("chosen-by-the-test");
        assertThat(keycloak.password("analyst-b")).as("generated").hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void aWrongPasswordIsRefused() {
        TokenAnswer answer = keycloak.passwordGrant("analyst-a", "not-the-password");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("invalid_grant");
        assertThat(answer.accessToken()).isNull();
    }

    @Test
    void theWorkbenchSignsInWithTheAuthorizationCodeFlowItsSecretAndPkce() throws Exception {
        HttpClient browser = HttpClient.newHttpClient(); // follows no redirects
        String redirectUri = WORKBENCH + "/workbench/callback";
        String verifier = "verifier-of-this-sign-in-0123456789-abcdefghijklmnop";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(keycloak.issuerUrl()
                        + "/protocol/openid-connect/auth?response_type=code&scope=openid&state=s1&client_id="
                        + keycloak.workbenchClientId() + "&redirect_uri=" + encode(redirectUri)
                        + "&code_challenge_method=S256&code_challenge=" + challenge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(loginFormAction(loginPage.body()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(loginPage))
                .POST(form(Map.of("username", "supervisor-c", "password", keycloak.password("supervisor-c"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("redirect back to the workbench: %s", signedIn.body()).isEqualTo(302);
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri + "?");
        String code = query(location, "code");

        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(keycloak.issuerUrl()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                        "client_id", keycloak.workbenchClientId(), "client_secret", keycloak.workbenchClientSecret(),
                        "code_verifier", verifier)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(tokens.body());
        for (String token : List.of("access_token", "id_token")) {
            JsonNode claims = payload(answer.path(token).asText());
            assertThat(claims.path("tenant").asText()).as(token).isEqualTo("bank-c");
            assertThat(texts(claims.path("groups"))).as(token).containsExactly(AnalystRoles.SUPERVISOR);
            assertThat(texts(claims.path("aud"))).as(token).contains(KeycloakServer.AUDIENCE);
            assertThat(claims.path("iss").asText()).as(token).isEqualTo(keycloak.issuerUrl());
        }
    }

    @Test
    void theWorkbenchMayOnlyRedirectUnderItsOwnPath() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                keycloak.issuerUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
                        + keycloak.workbenchClientId() + "&redirect_uri=" + encode(WORKBENCH + "/elsewhere"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    void theCaseApiClientCannotStartABrowserSignIn() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                keycloak.issuerUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
                        + keycloak.caseApiClientId() + "&redirect_uri=" + encode(WORKBENCH + "/workbench/x"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
    }

    /** The JWT's payload: its middle part, base64url JSON. The signature is the service's business, not this test's. */
    private static JsonNode payload(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** A claim that may be one string or an array of them ({@code aud} is either). */
    private static List<String> texts(JsonNode claim) {
        List<String> texts = new ArrayList<>();
        if (claim.isArray()) {
            claim.forEach(element -> texts.add(element.asText()));
        } else if (claim.isTextual()) {
            texts.add(claim.asText());
        }
        return texts;
    }

    private static URI loginFormAction(String html) {
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(html);
        if (!action.find()) {
            action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"").matcher(html);
            assertThat(action.find()).as("login form in:\n" + html).isTrue();
        }
        return URI.create(action.group(1).replace("&amp;", "&"));
    }

    /**
     * The cookies a response set, sent back as a browser does ({@code name=value; ...}). By hand: with
     * {@link java.net.CookieManager} Keycloak found no login session ("Restart login cookie not found").
     */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
