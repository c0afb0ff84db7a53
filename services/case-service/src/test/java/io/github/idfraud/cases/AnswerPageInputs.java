package io.github.idfraud.cases;

import static io.github.idfraud.testsupport.fuzz.Gens.weighted;

import io.github.idfraud.cases.security.LinkSigner;
import io.github.idfraud.contract.Hmac;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
import io.github.idfraud.testsupport.fuzz.Gen;
import io.github.idfraud.testsupport.fuzz.Gens;
import io.github.idfraud.testsupport.fuzz.HostileInputs;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generated requests for the consumer answer pages ({@code GET} and {@code POST /answers/{token}}): real tokens and
 * forged, truncated, re-signed, expired, oversized and unicode ones; hostile {@code choice} and {@code answer}
 * values; CSRF pairs right, missing or forged; wrong content types and methods. Only a real token with the right
 * CSRF pair and the answer "me" or "not-me", sent as a form, may record an answer.
 */
final class AnswerPageInputs {

    static final String SHOW = "GET /answers/{token}";
    static final String ANSWER = "POST /answers/{token}";
    static final String OTHER_METHODS = "PUT|DELETE|PATCH|TRACE /answers/{token}";
    /** The form field and cookie of quarkus-rest-csrf. */
    static final String CSRF = TestAnswers.CSRF_COOKIE;

    /** A token to put in the path, and whether it may be a usable link. */
    record Token(String kind, String value, boolean genuine) {
    }

    /** A form post's CSRF cookie and field, and whether they make the pair the page set. */
    record CsrfPair(String kind, String cookie, String field, boolean valid) {
    }

    private final List<String> tokens;
    private final String csrfToken;
    private final LinkSigner rightKey;
    private final LinkSigner wrongKey = new LinkSigner(new Hmac("fuzz-only-wrong-link-signing-key-000000001",
            "the fuzz test's wrong key"));

    AnswerPageInputs(List<String> tokens, String csrfToken, String linkSigningKey) {
        this.tokens = tokens;
        this.csrfToken = csrfToken;
        this.rightKey = new LinkSigner(new Hmac(linkSigningKey, "the test profile's link key"));
    }

    Gen<FuzzRun.Input> all() {
        return Gens.frequencyOf(weighted(2, show()), weighted(3, answer()), weighted(1, wrongMethod()));
    }

    private Gen<FuzzRun.Input> show() {
        Gen<String> choice = Gens.frequencyOf(weighted(2, Gens.of("", "me", "not-me", "ME", "not_me")),
                weighted(1, Gens.just((String) null)), weighted(3, HostileInputs.text(300)));
        return Gens.zip(tokens(), choice, (token, chosen) -> {
            Map<String, List<String>> query = chosen == null ? Map.of() : FuzzHttp.query("choice", chosen);
            FuzzHttp.Request request = new FuzzHttp.Request("GET", "/answers/" + FuzzHttp.segment(token.value()),
                    query, Map.of(), null);
            return new FuzzRun.Input(SHOW, "token: " + token.kind(), request, !token.genuine(),
                    hostile(token.value(), chosen));
        });
    }

    private Gen<FuzzRun.Input> answer() {
        Gen<String> answers = Gens.frequencyOf(weighted(6, Gens.of("me", "not-me")),
                weighted(2, Gens.of("ME", "not_me", "notme", " me", "me ", "yes", "")),
                weighted(4, HostileInputs.text(300)));
        Gen<String> contentTypes = Gens.frequencyOf(
                weighted(12, Gens.just("application/x-www-form-urlencoded")),
                weighted(1, Gens.of("application/x-www-form-urlencoded; charset=UTF-8")),
                weighted(3, Gens.of("application/json", "multipart/form-data; boundary=fuzz", "text/plain", "%%%")),
                weighted(1, Gens.just((String) null)));
        Gen<String> bodyShape = Gens.frequencyOf(weighted(20, Gens.just("form")),
                weighted(1, Gens.of("empty", "twice", "percent-garbage", "field over 2 KiB", "invalid UTF-8")));
        return Gens.zip(tokens(), csrfPairs(), answers, contentTypes, bodyShape, this::answerInput);
    }

    private FuzzRun.Input answerInput(Token token, CsrfPair csrf, String answer, String contentType, String shape) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (csrf.cookie() != null) {
            headers.put("Cookie", CSRF + "=" + csrf.cookie());
        }
        String fields = (csrf.field() == null ? "" : CSRF + "=" + FuzzHttp.segment(csrf.field()) + "&")
                + "answer=" + FuzzHttp.segment(answer);
        byte[] body = switch (shape) {
            case "empty" -> new byte[0];
            case "twice" -> (fields + "&answer=" + (answer.equals("me") ? "not-me" : "me"))
                    .getBytes(StandardCharsets.UTF_8);
            case "percent-garbage" -> (fields + "%ZZ&%").getBytes(StandardCharsets.UTF_8);
            case "field over 2 KiB" -> (fields + "&padding=" + "x".repeat(3_000)).getBytes(StandardCharsets.UTF_8);
            case "invalid UTF-8" -> concat(fields.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28});
            default -> fields.getBytes(StandardCharsets.UTF_8);
        };
        boolean formAnswer = (answer.equals("me") || answer.equals("not-me")) && contentType != null
                && contentType.startsWith("application/x-www-form-urlencoded") && !shape.equals("empty");
        boolean mayRecord = token.genuine() && csrf.valid() && formAnswer;
        FuzzHttp.Request request = new FuzzHttp.Request("POST", "/answers/" + FuzzHttp.segment(token.value()),
                Map.of(), headers, body);
        String mutation = "token: " + token.kind() + ", csrf: " + csrf.kind()
                + (formAnswer ? "" : ", answer/content type/body: not an answer");
        return new FuzzRun.Input(ANSWER, mutation, request, !mayRecord, hostile(token.value(), answer, csrf.cookie()));
    }

    private Gen<FuzzRun.Input> wrongMethod() {
        return Gens.zip(tokens(), Gens.of("PUT", "DELETE", "PATCH", "TRACE"), (token, method) ->
                new FuzzRun.Input(OTHER_METHODS, "method: " + method, new FuzzHttp.Request(method,
                        "/answers/" + FuzzHttp.segment(token.value()), Map.of(), Map.of(), null), true,
                        hostile(token.value())));
    }

    /** Real tokens and every way of getting one wrong. */
    private Gen<Token> tokens() {
        Gen<String> real = Gens.of(tokens);
        return Gens.frequencyOf(
                weighted(6, real.map(t -> new Token("real", t, true))),
                weighted(3, Gens.zip(real, Gens.integers(1, 80), (t, cut) ->
                        new Token("truncated", t.substring(0, Math.max(1, t.length() - cut)), false))),
                // One character changed may leave the decoded bytes alone (unused bits of the last base64 digit).
                weighted(2, Gens.zip(real, Gens.integers(0, 200), Gens.alphaChars(), (t, at, c) ->
                        new Token("one character changed", replaceAt(t, at % t.length(), c), true))),
                weighted(2, Gens.zip(real, Gens.of("A", "AAAA", ".", "..x", "%00", "/x", "?x=1", "=", "=="),
                        (t, suffix) -> new Token("suffix " + suffix, t + suffix, suffix.equals("=")))),
                weighted(2, real.map(t -> new Token("re-signed with another key", wrongKey.sign(idOf(t), expiryOf(t)),
                        false))),
                weighted(2, real.map(t -> new Token("expired, signed with the right key",
                        rightKey.sign(idOf(t), Instant.now().minusSeconds(60)), false))),
                weighted(1, HostileInputs.randomUuid().map(id -> new Token("unknown id, signed with the right key",
                        rightKey.sign(id, Instant.now().plusSeconds(3_600)), false))),
                weighted(2, real.map(t -> new Token("expiry extended, signature kept",
                        extendExpiry(t), false))),
                weighted(2, Gens.zip(real, real, (a, b) -> new Token("signature of another token",
                        a.substring(0, a.lastIndexOf('.')) + b.substring(b.lastIndexOf('.')), a.equals(b)))),
                weighted(6, HostileInputs.text(300).filter(t -> !t.isEmpty() && !t.chars().allMatch(c -> c == '.'))
                        .map(t -> new Token("hostile text", t, false))),
                weighted(2, Gens.integers(201, 3_000).map(length ->
                        new Token("over-long", "A".repeat(length / 2) + "." + "B".repeat(length / 2), false))),
                weighted(1, Gens.integers(4_100, 12_000).map(length ->
                        new Token("beyond the request-line limit", "A".repeat(length), false))));
    }

    private Gen<CsrfPair> csrfPairs() {
        Gen<String> forged = Gens.frequencyOf(
                weighted(2, Gens.of("abc", "", "null", csrfToken + "x", csrfToken.substring(1),
                        new StringBuilder(csrfToken).reverse().toString())),
                weighted(1, Gens.strings(Gens.chars('!', '~').filter(c -> ";,\"\\".indexOf(c) < 0), 1, 60)));
        return Gens.frequencyOf(
                weighted(8, Gens.just(new CsrfPair("page's pair", csrfToken, csrfToken, true))),
                weighted(1, Gens.just(new CsrfPair("no cookie", null, csrfToken, false))),
                weighted(1, Gens.just(new CsrfPair("no field", csrfToken, null, false))),
                weighted(1, Gens.just(new CsrfPair("neither", null, null, false))),
                // Double submit checks that cookie and field agree: an agreeing pair of well-formed tokens passes.
                weighted(2, forged.map(value -> new CsrfPair("forged pair", value, value, wellFormed(value)))),
                weighted(2, forged.map(value ->
                        new CsrfPair("field differs", csrfToken, value, value.equals(csrfToken)))));
    }

    /** Shaped as the filter's tokens are: as long as the page's, in the URL-safe base64 alphabet. */
    private boolean wellFormed(String value) {
        return value.length() == csrfToken.length() && value.matches("[A-Za-z0-9_-]+");
    }

    private static List<String> hostile(String... values) {
        List<String> list = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    private static String replaceAt(String text, int index, char c) {
        return text.substring(0, index) + c + text.substring(index + 1);
    }

    /** A token is {@code keyId.payload.signature}. */
    private static byte[] payloadOf(String token) {
        return Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1, token.lastIndexOf('.')));
    }

    private static UUID idOf(String token) {
        ByteBuffer payload = ByteBuffer.wrap(payloadOf(token));
        return new UUID(payload.getLong(), payload.getLong());
    }

    private static Instant expiryOf(String token) {
        return Instant.ofEpochSecond(ByteBuffer.wrap(payloadOf(token)).getLong(16));
    }

    private static String extendExpiry(String token) {
        ByteBuffer payload = ByteBuffer.wrap(payloadOf(token));
        payload.putLong(16, payload.getLong(16) + 365L * 24 * 3600);
        return token.substring(0, token.indexOf('.') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array())
                + token.substring(token.lastIndexOf('.'));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
