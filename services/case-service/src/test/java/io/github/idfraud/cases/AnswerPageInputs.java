package io.github.idfraud.cases;

import static net.jqwik.api.Tuple.of;

import io.github.idfraud.cases.security.LinkSigner;
import io.github.idfraud.contract.Hmac;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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

    Arbitrary<FuzzRun.Input> all() {
        return Arbitraries.frequencyOf(of(2, show()), of(3, answer()), of(1, wrongMethod()));
    }

    private Arbitrary<FuzzRun.Input> show() {
        Arbitrary<String> choice = Arbitraries.frequencyOf(of(2, Arbitraries.of("", "me", "not-me", "ME", "not_me")),
                of(1, Arbitraries.just((String) null)), of(3, HostileInputs.text(300)));
        return Combinators.combine(tokens(), choice).as((token, chosen) -> {
            Map<String, List<String>> query = chosen == null ? Map.of() : FuzzHttp.query("choice", chosen);
            FuzzHttp.Request request = new FuzzHttp.Request("GET", "/answers/" + FuzzHttp.segment(token.value()),
                    query, Map.of(), null);
            return new FuzzRun.Input(SHOW, "token: " + token.kind(), request, !token.genuine(),
                    hostile(token.value(), chosen));
        });
    }

    private Arbitrary<FuzzRun.Input> answer() {
        Arbitrary<String> answers = Arbitraries.frequencyOf(of(6, Arbitraries.of("me", "not-me")),
                of(2, Arbitraries.of("ME", "not_me", "notme", " me", "me ", "yes", "")),
                of(4, HostileInputs.text(300)));
        Arbitrary<String> contentTypes = Arbitraries.frequencyOf(
                of(12, Arbitraries.just("application/x-www-form-urlencoded")),
                of(1, Arbitraries.of("application/x-www-form-urlencoded; charset=UTF-8")),
                of(3, Arbitraries.of("application/json", "multipart/form-data; boundary=fuzz", "text/plain", "%%%")),
                of(1, Arbitraries.just((String) null)));
        Arbitrary<String> bodyShape = Arbitraries.frequencyOf(of(20, Arbitraries.just("form")),
                of(1, Arbitraries.of("empty", "twice", "percent-garbage", "field over 2 KiB", "invalid UTF-8")));
        return Combinators.combine(tokens(), csrfPairs(), answers, contentTypes, bodyShape)
                .as(this::answerInput);
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

    private Arbitrary<FuzzRun.Input> wrongMethod() {
        return Combinators.combine(tokens(), Arbitraries.of("PUT", "DELETE", "PATCH", "TRACE")).as((token, method) ->
                new FuzzRun.Input(OTHER_METHODS, "method: " + method, new FuzzHttp.Request(method,
                        "/answers/" + FuzzHttp.segment(token.value()), Map.of(), Map.of(), null), true,
                        hostile(token.value())));
    }

    /** Real tokens and every way of getting one wrong. */
    private Arbitrary<Token> tokens() {
        Arbitrary<String> real = Arbitraries.of(tokens);
        return Arbitraries.frequencyOf(
                of(6, real.map(t -> new Token("real", t, true))),
                of(3, Combinators.combine(real, Arbitraries.integers().between(1, 80))
                        .as((t, cut) -> new Token("truncated", t.substring(0, Math.max(1, t.length() - cut)), false))),
                // One character changed may leave the decoded bytes alone (unused bits of the last base64 digit).
                of(2, Combinators.combine(real, Arbitraries.integers().between(0, 200), Arbitraries.chars().alpha())
                        .as((t, at, c) -> new Token("one character changed", replaceAt(t, at % t.length(), c),
                                true))),
                of(2, Combinators.combine(real, Arbitraries.of("A", "AAAA", ".", "..x", "%00", "/x", "?x=1", "=", "=="))
                        .as((t, suffix) -> new Token("suffix " + suffix, t + suffix, suffix.equals("=")))),
                of(2, real.map(t -> new Token("re-signed with another key", wrongKey.sign(idOf(t), expiryOf(t)),
                        false))),
                of(2, real.map(t -> new Token("expired, signed with the right key",
                        rightKey.sign(idOf(t), Instant.now().minusSeconds(60)), false))),
                of(1, HostileInputs.randomUuid().map(id -> new Token("unknown id, signed with the right key",
                        rightKey.sign(id, Instant.now().plusSeconds(3_600)), false))),
                of(2, real.map(t -> new Token("expiry extended, signature kept",
                        extendExpiry(t), false))),
                of(2, Combinators.combine(real, real).as((a, b) -> new Token("signature of another token",
                        a.substring(0, a.indexOf('.')) + b.substring(b.indexOf('.')), a.equals(b)))),
                of(6, HostileInputs.text(300).filter(t -> !t.isEmpty() && !t.chars().allMatch(c -> c == '.'))
                        .map(t -> new Token("hostile text", t, false))),
                of(2, Arbitraries.integers().between(201, 3_000).map(length ->
                        new Token("over-long", "A".repeat(length / 2) + "." + "B".repeat(length / 2), false))),
                of(1, Arbitraries.integers().between(4_100, 12_000).map(length ->
                        new Token("beyond the request-line limit", "A".repeat(length), false))));
    }

    private Arbitrary<CsrfPair> csrfPairs() {
        Arbitrary<String> forged = Arbitraries.frequencyOf(
                of(2, Arbitraries.of("abc", "", "null", csrfToken + "x", csrfToken.substring(1),
                        new StringBuilder(csrfToken).reverse().toString())),
                of(1, Arbitraries.strings().withCharRange('!', '~').excludeChars(';', ',', '"', '\\')
                        .ofMinLength(1).ofMaxLength(60)));
        return Arbitraries.frequencyOf(
                of(8, Arbitraries.just(new CsrfPair("page's pair", csrfToken, csrfToken, true))),
                of(1, Arbitraries.just(new CsrfPair("no cookie", null, csrfToken, false))),
                of(1, Arbitraries.just(new CsrfPair("no field", csrfToken, null, false))),
                of(1, Arbitraries.just(new CsrfPair("neither", null, null, false))),
                of(2, forged.map(value -> new CsrfPair("forged pair", value, value, value.equals(csrfToken)))),
                of(2, forged.map(value -> new CsrfPair("field differs", csrfToken, value, value.equals(csrfToken)))));
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

    private static byte[] payloadOf(String token) {
        return Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
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
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array())
                + token.substring(token.indexOf('.'));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
