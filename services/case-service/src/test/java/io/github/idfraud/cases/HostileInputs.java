package io.github.idfraud.cases;

import static net.jqwik.api.Tuple.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of the values a careless or hostile client sends: blank, control-character, unicode, injection and
 * over-long strings, JSON values of the wrong type, and JSON that is not JSON. Built on jqwik's arbitraries, drawn
 * by the fuzz tests inside a seeded {@code JqwikSession}.
 */
final class HostileInputs {

    /** A JSON snippet written as is (invalid on purpose, or a number Java has no type for). */
    record RawJson(String text) {
    }

    private HostileInputs() {
    }

    /** Whitespace of every kind: ASCII, no-break, em and ideographic spaces, zero-width space, BOM. */
    static Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u200B", "\u3000", "\uFEFF",
                " \t\n ");
    }

    /** Text carrying C0/C1 control characters, NUL included, among letters. */
    static Arbitrary<String> controlCharacters() {
        Arbitrary<Character> control = Arbitraries.frequencyOf(
                of(3, Arbitraries.just('\u0000')),
                of(5, Arbitraries.chars().range('\u0001', '\u001F')),
                of(1, Arbitraries.just('\u007F')),
                of(1, Arbitraries.chars().range('\u0080', '\u009F')));
        Arbitrary<Character> letter = Arbitraries.chars().range('a', 'z');
        return Arbitraries.frequencyOf(of(3, control), of(2, letter)).list().ofMinSize(1).ofMaxSize(12)
                .map(HostileInputs::join).filter(text -> text.chars().anyMatch(c -> c < 0x20 || c >= 0x7F));
    }

    /** Unicode that trips naive code: astral emoji, RTL override, combining marks, lookalikes, lone surrogates. */
    static Arbitrary<String> unicode() {
        Arbitrary<String> fixed = Arbitraries.of("\uD83D\uDE00\uD83D\uDCA9", "\u202Egnp.exe", "e\u0301\u0301\u0301",
                "\u0399N_REVIEW", "\uFF29\uFF2E_REVIEW", "\uD800", "x\uDC00y", "\u200D\u200C\u2060", "\uFFFF\uFFFE",
                "\u0130n_review", "\u00DF", "\uFDFD".repeat(20), "\u4E2D\u6587\u6D4B\u8BD5", "\u0661\u0662");
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
        return Arbitraries.frequencyOf(of(2, fixed), of(3, any));
    }

    /** Strings aimed at SQL, templates, log formats, headers, paths and JSON parsers downstream. */
    static Arbitrary<String> injection() {
        return Arbitraries.of("' OR '1'='1", "'; drop table case_note; --", "\" OR 1=1 --", "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>", "${jndi:ldap://fuzz.invalid/a}", "{{7*7}}", "{#include x /}",
                "{inject:csrf.token}", "%s%s%n%x", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
                "\r\nSet-Cookie: fuzz=1", "\"}],\"to\":\"DISMISSED", "\\", "null", "undefined", "NaN", "-1",
                "9999999999999999999999", "0x1F", "true", "[]", "{}", "$where", "*)(uid=*))(|(uid=*",
                "javascript:alert(1)", "AAAA.BBBB", "a.b.c");
    }

    /** Text from {@code min} to {@code max} characters (ASCII or not). */
    static Arbitrary<String> longText(int min, int max) {
        Arbitrary<Character> unit = Arbitraries.of('x', 'é', '\u4E2D', ' ');
        return Arbitraries.integers().between(min, max).flatMap(length ->
                unit.map(c -> String.valueOf(c).repeat(length)));
    }

    /** Any hostile string, short or at most {@code maxLong} characters long. */
    static Arbitrary<String> text(int maxLong) {
        return Arbitraries.frequencyOf(
                of(2, blank()),
                of(3, controlCharacters()),
                of(3, unicode()),
                of(3, injection()),
                of(1, longText(1, maxLong)),
                of(2, Arbitraries.strings().ofMaxLength(20)));
    }

    /** Path segments that are no case id, or the id of no case. */
    static Arbitrary<String> notACaseId() {
        return Arbitraries.frequencyOf(
                of(3, randomUuid().map(UUID::toString)),
                of(1, Arbitraries.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                        "1-1-1-1-1", "{00000000-0000-0000-0000-000000000000}", "0", "-", "null", "%00", ".", "~")),
                of(3, text(300)));
    }

    /** A UUID from the seeded source, so a run can be repeated. */
    static Arbitrary<UUID> randomUuid() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    /** A JSON value of the wrong type for a string field, or a literal no field accepts. */
    static Arbitrary<Object> wrongJsonType() {
        return Arbitraries.of(0, -1, 3, 1.5, Long.MAX_VALUE, true, false, List.of(), List.of("x"), Map.of(),
                Map.of("x", 1), new RawJson("1e400"), new RawJson("-0"), new RawJson("123456789012345678901234567890"));
    }

    /** Bodies that are not a JSON object of the expected shape: other top-level types and broken JSON. */
    static Arbitrary<String> brokenJson() {
        return Arbitraries.frequencyOf(
                of(3, Arbitraries.of("null", "[]", "[{}]", "\"text\"", "0", "true", "{}", "{\"\":\"\"}")),
                of(4, Arbitraries.of("{", "}", "{\"text\"", "{\"text\":", "{\"text\":\"x\"", "{'text':'x'}",
                        "{text:\"x\"}", "{\"text\":\"x\",}", "{\"text\":\"x\"} trailing", "{\"text\":NaN}",
                        "{\"text\": alert1}", "{\"text\":\"x\" /* c */}", "\u0000", "\uFEFF{\"text\":\"x\"}",
                        "{\"text\":\"raw\u0001control\"}", "{\"text\":\"\\uZZZZ\"}", "{\"text\":\"\\x41\"}",
                        "{\"to\":\"IN_REVIEW\",\"to\":1}")),
                of(1, Arbitraries.integers().between(600, 3_000).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
                of(1, Arbitraries.integers().between(600, 3_000).map(depth ->
                        "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))),
                of(1, text(200)));
    }

    /** A JSON object with the fields in order; values may be {@link RawJson}, nested maps and lists. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * JSON text of {@code value}: every character outside printable ASCII escaped as {@code \\uXXXX}, so lone
     * surrogates and controls travel as the escapes a client library would send.
     */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof RawJson raw) {
            out.append(raw.text());
        } else if (value instanceof String text) {
            out.append('"');
            text.chars().forEach(c -> {
                if (c == '"' || c == '\\') {
                    out.append('\\').append((char) c);
                } else if (c < 0x20 || c > 0x7E) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.append((char) c);
                }
            });
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(entries.get(i).getKey().toString(), out);
                out.append(':');
                write(entries.get(i).getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static String join(List<Character> characters) {
        StringBuilder text = new StringBuilder(characters.size());
        characters.forEach(text::append);
        return text.toString();
    }
}
