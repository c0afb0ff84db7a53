package io.github.idfraud.cases;

import static io.github.idfraud.testsupport.fuzz.Gens.weighted;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.isName;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.spliceIntoLastString;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.utf8;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Disposition;
import io.github.idfraud.cases.entity.Priority;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
import io.github.idfraud.testsupport.fuzz.Gen;
import io.github.idfraud.testsupport.fuzz.Gens;
import io.github.idfraud.testsupport.fuzz.HostileInputs;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generated requests for the analyst API: a valid request of one endpoint with one thing changed (the token, the
 * case id, one body field, the body's shape, the content type, the Accept header, the method, one query parameter,
 * or the caller's role). Each input says whether the contract requires a refusal: the oracle below restates the
 * documented rules (field sizes, required fields, parameter formats), it does not call the service's code.
 */
final class CaseApiInputs {

    static final String LIST = "GET /v1/cases";
    static final String DETAIL = "GET /v1/cases/{id}";
    static final String AUDIT = "GET /v1/cases/{id}/audit";
    static final String ASSIGN = "PUT /v1/cases/{id}/assignee";
    static final String TRANSITION = "POST /v1/cases/{id}/transitions";
    static final String NOTE = "POST /v1/cases/{id}/notes";
    static final String EXPORT = "GET /v1/labels/export";

    private static final int NOTE_MAX = 10_000;
    private static final int REASON_MAX = 2_000;
    private static final int ASSIGNEE_MAX = 128;
    /** Marks a body field left out. */
    private static final Object ABSENT = new Object();
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");
    /** The endpoints that change a case. */
    static final Set<String> WRITES = Set.of(ASSIGN, TRANSITION, NOTE);

    /** A request before it is sent: the parts a mutation may change. */
    private record Call(String endpoint, String method, String caseId, String suffix,
                        Map<String, List<String>> query, FuzzTokens.Bearer bearer, String contentType, String accept,
                        Map<String, Object> json, byte[] rawBody) {

        FuzzHttp.Request request() {
            String path = caseId == null ? suffix : "/v1/cases/" + FuzzHttp.segment(caseId) + suffix;
            Map<String, String> headers = new LinkedHashMap<>();
            if (bearer.header() != null) {
                headers.put("Authorization", bearer.header());
            }
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            if (accept != null) {
                headers.put("Accept", accept);
            }
            byte[] body = rawBody != null ? rawBody
                    : json == null ? null : utf8(HostileInputs.json(json));
            return new FuzzHttp.Request(method, path, query, headers, body);
        }

        Call with(FuzzTokens.Bearer newBearer) {
            return new Call(endpoint, method, caseId, suffix, query, newBearer, contentType, accept, json, rawBody);
        }

        Call withCaseId(String newCaseId) {
            return new Call(endpoint, method, newCaseId, suffix, query, bearer, contentType, accept, json, rawBody);
        }

        Call withQuery(Map<String, List<String>> newQuery) {
            return new Call(endpoint, method, caseId, suffix, newQuery, bearer, contentType, accept, json, rawBody);
        }

        Call withHeaders(String newContentType, String newAccept) {
            return new Call(endpoint, method, caseId, suffix, query, bearer, newContentType, newAccept, json, rawBody);
        }

        Call withMethod(String newMethod) {
            return new Call(endpoint, newMethod, caseId, suffix, query, bearer, contentType, accept, json, rawBody);
        }

        Call withJson(Map<String, Object> newJson) {
            return new Call(endpoint, method, caseId, suffix, query, bearer, contentType, accept, newJson, null);
        }

        Call withBody(byte[] body) {
            return new Call(endpoint, method, caseId, suffix, query, bearer, contentType, accept, null, body);
        }

        FuzzRun.Input input(String mutation, boolean mustRefuse, String... hostile) {
            List<String> values = new ArrayList<>(Arrays.asList(hostile));
            if (bearer.header() != null) {
                values.add(bearer.header().replaceFirst("^\\S+ ?", ""));
            }
            return new FuzzRun.Input(endpoint, mutation, request(), mustRefuse, values);
        }
    }

    /** One change to a valid call, drawn before the call it changes. */
    private interface Mutation extends Function<Call, FuzzRun.Input> {
    }

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE");

    private final String tenant;
    private final List<UUID> cases;
    private final UUID otherBanksCase;
    private final FuzzTokens tokens;
    private final Gen<String> noCaseIds = notACaseId()
            .filter(id -> !id.isEmpty() && !id.chars().allMatch(c -> c == '.'));
    private final Gen<String> brokenBodies = HostileInputs.brokenJson();

    CaseApiInputs(String tenant, List<UUID> cases, UUID otherBanksCase, FuzzTokens tokens) {
        this.tenant = tenant;
        this.cases = cases;
        this.otherBanksCase = otherBanksCase;
        this.tokens = tokens;
    }

    /**
     * Every endpoint, the writing ones weighted up: they have more fields to get wrong. Each endpoint's valid calls
     * and mutations are separate generators combined once, so each is built once, not per input.
     */
    Gen<FuzzRun.Input> all() {
        return Gens.frequencyOf(
                weighted(3, endpoint(listCalls(), LIST)),
                weighted(2, endpoint(caseCalls(DETAIL, ""), DETAIL)),
                weighted(1, endpoint(caseCalls(AUDIT, "/audit"), AUDIT)),
                weighted(1, endpoint(Gens.just(exportCall()), EXPORT)),
                weighted(3, endpoint(assignCalls(), ASSIGN)),
                weighted(4, endpoint(transitionCalls(), TRANSITION)),
                weighted(3, endpoint(noteCalls(), NOTE)));
    }

    private Gen<FuzzRun.Input> endpoint(Gen<Call> valid, String endpoint) {
        return Gens.zip(valid, mutations(endpoint), (call, mutation) -> mutation.apply(call));
    }

    private Gen<Call> listCalls() {
        return Gens.subsetOf("status", "priority", "assignee", "from", "to", "page", "size").map(names -> {
            Map<String, List<String>> query = new LinkedHashMap<>();
            names.forEach(name -> query.put(name, List.of(validQueryValue(name))));
            return new Call(LIST, "GET", null, "/v1/cases", query, tokens.analyst, null, null, null, null);
        });
    }

    private Gen<Call> caseCalls(String endpoint, String suffix) {
        return caseIds().map(id -> new Call(endpoint, "GET", id, suffix, Map.of(), tokens.analyst, null, null, null,
                null));
    }

    private Call exportCall() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("since", List.of("2020-01-01"));
        query.put("limit", List.of("100"));
        return new Call(EXPORT, "GET", null, "/v1/labels/export", query, tokens.supervisor, null, null, null, null);
    }

    private Gen<Call> assignCalls() {
        Gen<Call> valid = Gens.of(
                assignCall(tokens.analyst, "alice@" + tenant), assignCall(tokens.analyst, "alice@" + tenant),
                assignCall(tokens.analyst, null), assignCall(tokens.supervisor, "bob@" + tenant));
        return Gens.zip(caseIds(), valid, (id, call) -> call.withCaseId(id));
    }

    private Gen<Call> transitionCalls() {
        Gen<Map<String, Object>> body = Gens.frequencyOf(
                weighted(4, Gens.of("IN_REVIEW", "AWAITING_CONSUMER").map(to -> transitionBody(to, ABSENT))),
                weighted(1, Gens.just(transitionBody("OPEN", ABSENT))),
                weighted(1, Gens.of(Disposition.class).map(d -> transitionBody(d.status().name(), d.name()))),
                weighted(1, Gens.of("CONFIRMED_FRAUD", "DISMISSED").map(to -> transitionBody(to, ABSENT))));
        return Gens.zip(caseIds(), body, Gens.of(tokens.analyst, tokens.supervisor), (id, json, bearer) ->
                new Call(TRANSITION, "POST", id, "/transitions", Map.of(), bearer, "application/json", null, json,
                        null));
    }

    private Gen<Call> noteCalls() {
        return caseIds().map(id -> new Call(NOTE, "POST", id, "/notes", Map.of(), tokens.analyst, "application/json",
                null, HostileInputs.object("text", "fuzz note"), null));
    }

    /** No change at all, or one mutation; which mutations apply depends on the endpoint. */
    private Gen<Mutation> mutations(String endpoint) {
        boolean byCaseId = !endpoint.equals(LIST) && !endpoint.equals(EXPORT);
        boolean writes = WRITES.contains(endpoint);
        List<Gens.Weighted<Mutation>> choices = new ArrayList<>();
        choices.add(weighted(4, Gens.just(call -> call.input("valid", false))));
        choices.add(weighted(5, token()));
        choices.add(weighted(2, accept()));
        choices.add(weighted(2, method()));
        if (byCaseId) {
            choices.add(weighted(5, caseId()));
        }
        if (writes) {
            choices.add(weighted(10, field(endpoint)));
            choices.add(weighted(5, shape()));
            choices.add(weighted(3, contentType()));
        } else if (!byCaseId) {
            choices.add(weighted(10, queryParameter(endpoint)));
        }
        Gen<Mutation> role = role(endpoint);
        if (role != null) {
            choices.add(weighted(3, role));
        }
        return Gens.frequencyOf(choices);
    }

    private Gen<Mutation> token() {
        Gen<Mutation> refused = Gens.of(tokens.refused)
                .map(bearer -> call -> call.with(bearer).input("token: " + bearer.name(), true));
        // Another bank's analyst lists that bank's own cases; this bank's case must look missing to them.
        Gen<Mutation> otherBank = Gens.of(tokens.otherBanks)
                .map(bearer -> call -> call.with(bearer).input("token: " + bearer.name(), call.caseId() != null));
        return Gens.frequencyOf(weighted(3, refused), weighted(1, otherBank));
    }

    private Gen<Mutation> caseId() {
        Gen<Mutation> otherBanks = Gens.just(call ->
                call.withCaseId(otherBanksCase.toString()).input("case id: another bank's case", true));
        Gen<Mutation> noCase = noCaseIds.map(id -> call ->
                call.withCaseId(id).input("case id: no case", true, id));
        Gen<Mutation> upperCase = Gens.just(call ->
                call.withCaseId(call.caseId().toUpperCase(Locale.ROOT)).input("case id: upper case", false));
        // Past the HTTP server's request-line limit (4 KiB): refused before any resource runs.
        Gen<Mutation> overLong = Gens.integers(4_100, 20_000).map(length -> call ->
                call.withCaseId("f".repeat(length)).input("case id: beyond the request-line limit", true));
        return Gens.frequencyOf(weighted(20, otherBanks), weighted(60, noCase), weighted(10, upperCase),
                weighted(1, overLong));
    }

    /** One body field left out, null, of another JSON type, or a hostile string. */
    private Gen<Mutation> field(String endpoint) {
        List<String> names = switch (endpoint) {
            case ASSIGN -> List.of("assignee");
            case TRANSITION -> List.of("to", "reason", "disposition");
            default -> List.of("text");
        };
        return Gens.frequencyOf(names.stream()
                .map(name -> weighted(1,
                        fieldValue(name).map(value -> (Mutation) call -> changeField(call, name, value))))
                .toList());
    }

    private FuzzRun.Input changeField(Call valid, String name, Object value) {
        Map<String, Object> json = new LinkedHashMap<>(valid.json());
        if (value == ABSENT) {
            json.remove(name);
        } else {
            json.put(name, value);
        }
        boolean refuse = fieldRefused(valid, name, value);
        String shown = value == ABSENT ? "absent" : value == null ? "null" : value.getClass().getSimpleName();
        // A valid enum name in a refusal's message is the contract speaking, not an echo.
        boolean hostile = value instanceof String text && !isName(CaseStatus.class, text.trim())
                && !isName(Disposition.class, text.trim());
        return valid.withJson(json).input("field " + name + ": " + shown, refuse, hostile ? (String) value : null);
    }

    private static Gen<Object> fieldValue(String name) {
        int max = switch (name) {
            case "text" -> NOTE_MAX;
            case "reason" -> REASON_MAX;
            default -> ASSIGNEE_MAX;
        };
        List<Gens.Weighted<?>> values = new ArrayList<>(List.of(
                weighted(2, Gens.just(ABSENT)),
                weighted(1, Gens.just(null)),
                weighted(3, HostileInputs.wrongJsonType()),
                weighted(6, HostileInputs.text(max * 2)),
                weighted(1, HostileInputs.longText(max + 1, max * 20))));
        if (name.equals("to") || name.equals("disposition")) {
            values.add(weighted(6, Gens.of("in_review", " IN_REVIEW", "IN_REVIEW ", "IN-REVIEW", "SOLVED", "CLOSED",
                    "FALSE_POSITIVE", "CONFIRMED_FRAUD", "DISMISSED", "OPEN", "CONSUMER_CONFIRMED", "0", "3", "4",
                    "CONFIRMED_FRAUD\u0000", "\u0399N_REVIEW", "")));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Gen<Object> value = Gens.frequencyOf((List) values);
        return value;
    }

    private boolean fieldRefused(Call valid, String name, Object value) {
        Map<String, Object> json = valid.json();
        return switch (name) {
            case "text" -> textRefused(value, NOTE_MAX);
            case "reason" -> textRefused(value, REASON_MAX);
            // Jackson reads an enum's name with surrounding whitespace trimmed.
            case "to" -> !(value instanceof String to && isName(CaseStatus.class, to.trim()))
                    || dispositionMismatch(to.trim(), json.get("disposition"));
            case "disposition" -> value != ABSENT && value != null && (!(value instanceof String disposition)
                    || !isName(Disposition.class, disposition.trim())
                    || !Disposition.valueOf(disposition.trim()).status().name().equals(json.get("to")));
            case "assignee" -> assigneeRefused(valid, value);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A free-text field: required, not blank, at most {@code max} characters, no control characters. */
    private static boolean textRefused(Object value, int max) {
        if (value == ABSENT || value == null || value instanceof List || value instanceof Map) {
            return true;
        }
        // Jackson reads a number or a boolean into a string field as its text.
        String text = value instanceof String s ? s : value.toString();
        return text.trim().isEmpty() || text.length() > max || hasControlCharacter(text);
    }

    /** Absent or null unassigns; analysts may name only themselves. */
    private boolean assigneeRefused(Call valid, Object value) {
        if (value == ABSENT || value == null) {
            return false;
        }
        if (value instanceof List || value instanceof Map) {
            return true;
        }
        String name = value instanceof String s ? s : value.toString();
        boolean wellFormed = !name.isEmpty() && name.length() <= ASSIGNEE_MAX && !hasControlCharacter(name);
        return !wellFormed || (valid.bearer() == tokens.analyst && !name.equals("alice@" + tenant));
    }

    private static boolean dispositionMismatch(String to, Object disposition) {
        return disposition instanceof String name && isName(Disposition.class, name)
                && !Disposition.valueOf(name).status().name().equals(to);
    }

    /** The body replaced by one of another shape: not JSON, another top-level type, empty, huge. */
    private Gen<Mutation> shape() {
        Gen<Mutation> broken = brokenBodies.map(body -> call ->
                // "{}" and the like only unassign a case; every other broken body must be refused.
                call.withBody(utf8(body)).input("body: broken JSON", !(call.endpoint().equals(ASSIGN) || looseJson(body)),
                        body));
        Gen<Mutation> truncated = Gens.integers(0, 10_000).map(cut -> call -> {
            String json = HostileInputs.json(call.json());
            return call.withBody(utf8(json.substring(0, cut % json.length()))).input("body: truncated", true);
        });
        // Jackson decodes an overlong NUL (C0 80) to U+0000, which the control-character rule then refuses; it
        // reads an encoded lone surrogate (ED A0 80) leniently, so that one may pass. In an assignment the bytes
        // land in the key, and Jackson ignores an unknown key.
        Gen<Mutation> invalidUtf8 = Gens.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                        new byte[] {(byte) 0xC0, (byte) 0x80})
                .map(bad -> call -> call.withBody(spliceIntoLastString(HostileInputs.json(call.json()), bad))
                        .input("body: invalid UTF-8", !call.endpoint().equals(ASSIGN)));
        Gen<Mutation> encodedSurrogate = Gens.just(call -> call.withBody(spliceIntoLastString(
                        HostileInputs.json(call.json()), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .input("body: UTF-8 of a lone surrogate", false));
        Gen<Mutation> padded = Gens.integers(100_000, 2_000_000).map(spaces -> call ->
                call.withBody(utf8(" ".repeat(spaces) + HostileInputs.json(call.json())))
                        .input("body: padded with spaces", false));
        Gen<Mutation> extraFields = Gens.just(call -> call.withBody(utf8(HostileInputs.json(call.json())
                        .replaceFirst("\\{", "{\"id\":\"" + otherBanksCase + "\",\"tenant\":\"bank-b\","
                                + "\"author\":\"mallory\",\"status\":\"DISMISSED\",")))
                .input("body: unknown fields", false));
        // Above the HTTP server's own body limit (quarkus.http.limits.max-body-size, 10 MiB).
        Gen<Mutation> overLimit = Gens.just(call -> call.withBody(
                utf8("{\"text\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}")).input("body: 11 MiB", true));
        return Gens.frequencyOf(weighted(24, broken), weighted(8, truncated), weighted(5, invalidUtf8),
                weighted(2, encodedSurrogate), weighted(2, padded), weighted(4, extraFields), weighted(1, overLimit));
    }

    private static boolean looseJson(String body) {
        // Jackson's defaults: a BOM, trailing content after the object and repeated keys are read leniently.
        return body.startsWith("\uFEFF") || body.endsWith("trailing") || body.contains("\"to\":1");
    }

    private Gen<Mutation> contentType() {
        Gen<Mutation> wrong = Gens.of("text/plain", "application/xml", "text/html",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz",
                        "application/octet-stream", "application/json-patch+json", "image/png", "%%%", "json",
                        "application/", ";;", "application/json/x")
                .map(type -> call -> call.withHeaders(type, call.accept()).input("content type: " + type, true));
        Gen<Mutation> jsonVariants = Gens.of("application/json; charset=utf-8",
                        "APPLICATION/JSON", "application/json;charset=UTF-16", "application/json; foo=bar")
                .map(type -> call -> call.withHeaders(type, call.accept()).input("content type: " + type, false));
        Gen<Mutation> none = Gens.just(call ->
                call.withHeaders(null, call.accept()).input("content type: none", false));
        return Gens.frequencyOf(weighted(5, wrong), weighted(2, jsonVariants), weighted(1, none));
    }

    private Gen<Mutation> accept() {
        Gen<Mutation> unacceptable = Gens.of("text/html", "application/xml", "image/png")
                .map(type -> call -> call.withHeaders(call.contentType(), type).input("accept: " + type, true));
        Gen<Mutation> fine = Gens.of("*/*", "application/*", "*/*;q=0.1", ";;;", "")
                .map(type -> call -> call.withHeaders(call.contentType(), type).input("accept: " + type, false));
        return Gens.frequencyOf(weighted(3, unacceptable), weighted(1, fine));
    }

    private Gen<Mutation> method() {
        Gen<Mutation> refused = Gens.of(METHODS).map(drawn -> call -> {
            String method = drawn.equals(call.method()) ? "PATCH" : drawn;
            return call.withMethod(method).input("method: " + method, true);
        });
        Gen<Mutation> harmless = Gens.of("HEAD", "OPTIONS")
                .map(method -> call -> call.withMethod(method).input("method: " + method, false));
        return Gens.frequencyOf(weighted(4, refused), weighted(1, harmless));
    }

    /** One query parameter replaced by a hostile or malformed value, or one the API does not know. */
    private Gen<Mutation> queryParameter(String endpoint) {
        List<String> names = endpoint.equals(EXPORT) ? List.of("since", "limit")
                : List.of("status", "priority", "assignee", "from", "to", "page", "size");
        Gen<Mutation> replaced = Gens.frequencyOf(names.stream()
                .map(name -> weighted(1, parameterValue(name).map(value -> (Mutation) call -> {
                    Map<String, List<String>> query = new LinkedHashMap<>(call.query());
                    query.put(name, List.of(value));
                    return call.withQuery(query).input("query " + name, parameterRefused(name, value), value);
                })))
                .toList());
        Gen<Mutation> unknown = HostileInputs.text(100).map(value -> call -> {
            Map<String, List<String>> query = new LinkedHashMap<>(call.query());
            query.put("tenant", List.of(value));
            return call.withQuery(query).input("query: unknown parameter", false, value);
        });
        return Gens.frequencyOf(weighted(8, replaced), weighted(1, unknown));
    }

    private static Gen<String> parameterValue(String name) {
        Gen<String> specific = switch (name) {
            case "from", "to", "since" -> Gens.of("+100000-01-01T00:00:00Z", "-100000-01-01T00:00:00Z",
                    "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01", "9999-12-31",
                    "2026-13-01", "2026-02-30", "yesterday", "2026-01-01T25:00:00Z", "2026-01-01 10:00", "1e9", "0",
                    "2026-11-21T10:15:30+01:00", "2026-11-21T10:15:30.123456789Z", " 2026-11-21 ");
            case "page", "size", "limit" -> Gens.of("-1", "0", "1", "200", "201", "1000000", "1000001",
                    "100000", "100001", "2147483648", "1e3", "0x10", "1.5", " 7 ", "\u0661\u0662", "+5", "--1");
            case "status", "priority" -> Gens.of("in_review", "p1", " OPEN ", "SOLVED", "P4", "0",
                    "\u0131n_rev\u0131ew", "OPEN,DISMISSED", "*");
            default -> Gens.of("alice@x", "%", "_", "*");
        };
        return Gens.frequencyOf(weighted(1, specific), weighted(1, HostileInputs.text(300)));
    }

    /** Restates the documented parameter formats: a blank value means the parameter's default. */
    private static boolean parameterRefused(String name, String value) {
        if (value.isBlank()) {
            return false;
        }
        return switch (name) {
            case "status" -> !isName(CaseStatus.class, value.trim().toUpperCase(Locale.ROOT));
            case "priority" -> !isName(Priority.class, value.trim().toUpperCase(Locale.ROOT));
            case "from", "to", "since" -> !isInstantOrDate(value.trim());
            case "page" -> !isIntegerIn(value, 0, 1_000_000);
            case "size" -> !isIntegerIn(value, 1, 200);
            case "limit" -> !isIntegerIn(value, 1, 100_000);
            case "assignee" -> hasControlCharacter(value);
            default -> false;
        };
    }

    /** What only a supervisor may do, tried by an analyst. */
    private Gen<Mutation> role(String endpoint) {
        return switch (endpoint) {
            case EXPORT -> Gens.just(call -> call.with(tokens.analyst).input("role: analyst exports labels",
                    true));
            case ASSIGN -> Gens.just(call -> call.with(tokens.analyst)
                    .withJson(HostileInputs.object("assignee", "bob@" + tenant))
                    .input("role: analyst assigns someone else", true));
            case TRANSITION -> Gens.of(Disposition.class).map(disposition -> call ->
                    call.with(tokens.unassignedAnalyst)
                            .withJson(transitionBody(disposition.status().name(), disposition.name()))
                            .input("role: analyst closes a case not assigned to her", true));
            default -> null;
        };
    }

    /** Path segments that are no case id, or the id of no case. */
    private static Gen<String> notACaseId() {
        return Gens.frequencyOf(
                weighted(3, HostileInputs.randomUuid().map(UUID::toString)),
                weighted(1, Gens.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                        "1-1-1-1-1", "{00000000-0000-0000-0000-000000000000}", "0", "-", "null", "%00", ".", "~")),
                weighted(3, HostileInputs.text(300)));
    }

    private Gen<String> caseIds() {
        return Gens.of(cases).map(UUID::toString);
    }

    private Call assignCall(FuzzTokens.Bearer bearer, String assignee) {
        return new Call(ASSIGN, "PUT", null, "/assignee", Map.of(), bearer, "application/json", null,
                HostileInputs.object("assignee", assignee), null);
    }

    private static Map<String, Object> transitionBody(String to, Object disposition) {
        Map<String, Object> body = HostileInputs.object("to", to, "reason", "checked by the fuzz test");
        if (disposition != ABSENT) {
            body.put("disposition", disposition);
        }
        return body;
    }

    private String validQueryValue(String name) {
        return switch (name) {
            case "status" -> "OPEN";
            case "priority" -> "P2";
            case "assignee" -> "alice@" + tenant;
            case "from" -> "2020-01-01";
            case "to" -> "2030-12-31T23:59:59Z";
            case "page" -> "0";
            case "size" -> "50";
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Control characters other than tab and line breaks: refused in every text the API stores or filters by. */
    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean isIntegerIn(String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed >= min && parsed <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An ISO-8601 instant or date between the years 1 and 9999. */
    private static boolean isInstantOrDate(String value) {
        try {
            Instant instant = Instant.parse(value);
            return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
        } catch (DateTimeException notAnInstant) {
            try {
                int year = LocalDate.parse(value).getYear();
                return year >= 1 && year <= 9999;
            } catch (DateTimeException notADate) {
                return false;
            }
        }
    }
}
