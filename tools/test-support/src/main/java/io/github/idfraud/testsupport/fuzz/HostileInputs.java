package io.github.idfraud.testsupport.fuzz;

import static io.github.idfraud.testsupport.fuzz.Gens.weighted;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generators of the values a careless or hostile client sends: blank, control-character, unicode, injection and
 * over-long strings, JSON values of the wrong type, and JSON that is not JSON. Drawn by the fuzz tests from a seeded
 * {@link java.util.Random}, so a run can be repeated.
 */
public final class HostileInputs {

    /** A JSON snippet written as is (invalid on purpose, or a number Java has no type for). */
    public record RawJson(String text) {
    }

    private HostileInputs() {
    }

    /** Whitespace of every kind: ASCII, no-break, em and ideographic spaces, zero-width space, BOM. */
    public static Gen<String> blank() {
        return Gens.of("", " ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u200B", "\u3000", "\uFEFF",
                " \t\n ");
    }

    /** Text carrying C0/C1 control characters, NUL included, among letters. */
    public static Gen<String> controlCharacters() {
        Gen<Character> control = Gens.frequencyOf(
                weighted(3, Gens.just('\u0000')),
                weighted(5, Gens.chars('\u0001', '\u001F')),
                weighted(1, Gens.just('\u007F')),
                weighted(1, Gens.chars('\u0080', '\u009F')));
        Gen<Character> letter = Gens.chars('a', 'z');
        return Gens.strings(Gens.frequencyOf(weighted(3, control), weighted(2, letter)), 1, 12)
                .filter(text -> text.chars().anyMatch(c -> c < 0x20 || c >= 0x7F));
    }

    /** Unicode that trips naive code: astral emoji, RTL override, combining marks, lookalikes, lone surrogates. */
    public static Gen<String> unicode() {
        Gen<String> fixed = Gens.of("\uD83D\uDE00\uD83D\uDCA9", "\u202Egnp.exe", "e\u0301\u0301\u0301",
                "\u0399N_REVIEW", "\uFF29\uFF2E_REVIEW", "\uD800", "x\uDC00y", "\u200D\u200C\u2060", "\uFFFF\uFFFE",
                "\u0130n_review", "\u00DF", "\uFDFD".repeat(20), "\u4E2D\u6587\u6D4B\u8BD5", "\u0661\u0662");
        Gen<String> any = Gens.strings(Gens.anyChar(), 1, 40);
        return Gens.frequencyOf(weighted(2, fixed), weighted(3, any));
    }

    /** Strings aimed at SQL, templates, log formats, headers, paths and JSON parsers downstream. */
    public static Gen<String> injection() {
        return Gens.of("' OR '1'='1", "'; drop table case_note; --", "\" OR 1=1 --", "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>", "${jndi:ldap://fuzz.invalid/a}", "{{7*7}}", "{#include x /}",
                "{inject:csrf.token}", "%s%s%n%x", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
                "\r\nSet-Cookie: fuzz=1", "\"}],\"to\":\"DISMISSED", "\\", "null", "undefined", "NaN", "-1",
                "9999999999999999999999", "0x1F", "true", "[]", "{}", "$where", "*)(uid=*))(|(uid=*",
                "javascript:alert(1)", "AAAA.BBBB", "a.b.c");
    }

    /** Text from {@code min} to {@code max} characters (ASCII or not). */
    public static Gen<String> longText(int min, int max) {
        Gen<Character> unit = Gens.of('x', 'é', '\u4E2D', ' ');
        return Gens.integers(min, max).flatMap(length ->
                unit.map(c -> String.valueOf(c).repeat(length)));
    }

    /** Any hostile string, short or at most {@code maxLong} characters long. */
    public static Gen<String> text(int maxLong) {
        return Gens.frequencyOf(
                weighted(2, blank()),
                weighted(3, controlCharacters()),
                weighted(3, unicode()),
                weighted(3, injection()),
                weighted(1, longText(1, maxLong)),
                weighted(2, Gens.strings(Gens.anyChar(), 0, 20)));
    }

    /** A UUID from the seeded source, so a run can be repeated. */
    public static Gen<UUID> randomUuid() {
        return Gens.zip(Gens.longs(), Gens.longs(), UUID::new);
    }

    /** A JSON value of the wrong type for a string field, or a literal no field accepts. */
    public static Gen<Object> wrongJsonType() {
        return Gens.of(0, -1, 3, 1.5, Long.MAX_VALUE, true, false, List.of(), List.of("x"), Map.of(),
                Map.of("x", 1), new RawJson("1e400"), new RawJson("-0"), new RawJson("123456789012345678901234567890"));
    }

    /** Bodies that are not a JSON object of the expected shape: other top-level types and broken JSON. */
    public static Gen<String> brokenJson() {
        return Gens.frequencyOf(
                weighted(3, Gens.of("null", "[]", "[{}]", "\"text\"", "0", "true", "{}", "{\"\":\"\"}")),
                weighted(4, Gens.of("{", "}", "{\"text\"", "{\"text\":", "{\"text\":\"x\"", "{'text':'x'}",
                        "{text:\"x\"}", "{\"text\":\"x\",}", "{\"text\":\"x\"} trailing", "{\"text\":NaN}",
                        "{\"text\": alert1}", "{\"text\":\"x\" /* c */}", "\u0000", "\uFEFF{\"text\":\"x\"}",
                        "{\"text\":\"raw\u0001control\"}", "{\"text\":\"\\uZZZZ\"}", "{\"text\":\"\\x41\"}",
                        "{\"to\":\"IN_REVIEW\",\"to\":1}")),
                weighted(1, Gens.integers(600, 3_000).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
                weighted(1, Gens.integers(600, 3_000).map(depth ->
                        "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))),
                weighted(1, text(200)));
    }

    /** A JSON object with the fields in order; values may be {@link RawJson}, nested maps and lists. */
    public static Map<String, Object> object(Object... keysAndValues) {
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
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Whether {@code name} is the name of one of {@code type}'s constants (a valid enum value, not an echo). */
    public static boolean isName(Class<? extends Enum<?>> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(name));
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code bad} bytes inside the last string value of {@code json}, so only the encoding is wrong. */
    public static byte[] spliceIntoLastString(String json, byte[] bad) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.lastIndexOf('"');
        byte[] spliced = new byte[text.length + bad.length];
        System.arraycopy(text, 0, spliced, 0, quote);
        System.arraycopy(bad, 0, spliced, quote, bad.length);
        System.arraycopy(text, quote, spliced, quote + bad.length, text.length - quote);
        return spliced;
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
}
