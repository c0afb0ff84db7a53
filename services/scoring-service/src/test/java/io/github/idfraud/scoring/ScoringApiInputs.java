package io.github.idfraud.scoring;

import static io.github.idfraud.testsupport.fuzz.Gens.weighted;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.isName;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.object;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.spliceIntoLastString;
import static io.github.idfraud.testsupport.fuzz.HostileInputs.utf8;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.TransactionOutcome;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
import io.github.idfraud.testsupport.fuzz.FuzzRun.Expect;
import io.github.idfraud.testsupport.fuzz.Gen;
import io.github.idfraud.testsupport.fuzz.Gens;
import io.github.idfraud.testsupport.fuzz.HostileInputs;
import io.github.idfraud.testsupport.fuzz.HostileInputs.RawJson;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Generated requests for the scoring API (/v1/events, /v1/events:batch, /v1/labels): a valid request with one thing
 * changed (one field's value, a block, the body's shape, a header, the method, a batch's size or ids). Each input says
 * what the contract requires: the oracle below restates the v1 rules (DESIGN.md and the contract records' constraints)
 * and Jackson's documented leniency (scalars read into strings, enum names trimmed); it does not call the service.
 */
final class ScoringApiInputs {

    static final String EVENT = "POST /v1/events";
    static final String BATCH = "POST /v1/events:batch";
    static final String LABEL = "POST /v1/labels";

    /** Marks a field left out. */
    private static final Object ABSENT = new Object();
    private static final String JSON = "application/json";
    /** Jackson's default limit on nesting (StreamReadConstraints): deeper junk must be refused, never overflow a stack. */
    private static final int MAX_NESTING = 1000;
    /** Times this close to a bound may fall on either side of it by the time the request arrives. */
    private static final Duration BOUND_MARGIN = Duration.ofMinutes(1);

    /** What a field holds, for the oracle. */
    private enum Kind { TEXT, EMAIL, ENUM, INSTANT, PAST_DATE, PAST_OR_PRESENT_DATE, AMOUNT, LATITUDE, LONGITUDE, BOOLEAN }

    /** One field's rule: its JSON path, kind, size limits or pattern, enum type, and whether it must be present. */
    private record Field(String path, Kind kind, int min, int max, String pattern, Class<? extends Enum<?>> type,
                         boolean required, boolean notBlank) {

        static Field text(String path, int min, int max, String pattern, boolean required, boolean notBlank) {
            return new Field(path, Kind.TEXT, min, max, pattern, null, required, notBlank);
        }

        static Field of(String path, Kind kind, boolean required) {
            return new Field(path, kind, 0, Integer.MAX_VALUE, null, null, required, false);
        }

        static Field choice(String path, Class<? extends Enum<?>> type, boolean required) {
            return new Field(path, Kind.ENUM, 0, Integer.MAX_VALUE, null, type, required, false);
        }
    }

    private static final String ID_PATTERN = "[A-Za-z0-9._:\\-]+";
    private static final String COUNTRY = "[A-Z]{2}";
    private static final List<Field> COMMON = List.of(
            Field.text("eventId", 0, 128, ID_PATTERN, true, true),
            Field.choice("type", EventType.class, true),
            Field.of("occurredAt", Kind.INSTANT, true),
            Field.text("customerId", 0, 128, null, false, false),
            Field.text("accountId", 0, 128, null, false, false));
    private static final List<Field> IDENTITY = List.of(
            Field.text("identity.nationalId", 1, 64, null, false, false),
            Field.text("identity.firstName", 0, 100, null, false, false),
            Field.text("identity.lastName", 0, 100, null, false, false),
            Field.of("identity.dateOfBirth", Kind.PAST_DATE, false),
            new Field("identity.email", Kind.EMAIL, 0, 254, null, null, false, false),
            Field.text("identity.phone", 0, Integer.MAX_VALUE, "\\+?[0-9 ()\\-]{6,24}", false, false),
            Field.text("identity.address.line1", 0, 200, null, false, false),
            Field.text("identity.address.city", 0, 100, null, false, false),
            Field.text("identity.address.postalCode", 0, 20, null, false, false),
            Field.text("identity.address.country", 0, Integer.MAX_VALUE, COUNTRY, false, false));
    private static final List<Field> DEVICE = List.of(
            Field.text("device.deviceId", 1, 128, null, false, false),
            Field.text("device.ip", 0, 45, "[0-9A-Fa-f.:]{2,45}", false, false),
            Field.text("device.userAgent", 0, 512, null, false, false),
            Field.of("device.latitude", Kind.LATITUDE, false),
            Field.of("device.longitude", Kind.LONGITUDE, false));
    private static final Map<EventType, List<Field>> BLOCK_FIELDS = Map.of(
            EventType.ACCOUNT_OPENING, IDENTITY,
            EventType.LOGIN, List.of(Field.of("login.success", Kind.BOOLEAN, true),
                    Field.choice("login.method", LoginMethod.class, false)),
            EventType.PASSWORD_RESET, List.of(),
            EventType.CONTACT_CHANGE, List.of(Field.choice("contactChange.field", ContactField.class, true),
                    Field.text("contactChange.oldValue", 0, 400, null, false, false),
                    Field.text("contactChange.newValue", 0, 400, null, false, false)),
            EventType.PAYEE_ADDED, List.of(Field.text("payee.payeeId", 0, 128, null, true, true),
                    Field.text("payee.country", 0, Integer.MAX_VALUE, COUNTRY, false, false)),
            EventType.TRANSACTION, List.of(Field.of("transaction.amount", Kind.AMOUNT, true),
                    Field.text("transaction.currency", 0, Integer.MAX_VALUE, "[A-Z]{3}", true, false),
                    Field.choice("transaction.channel", Channel.class, true),
                    Field.text("transaction.counterpartyId", 0, 128, null, false, false),
                    Field.text("transaction.merchantCategory", 0, Integer.MAX_VALUE, "[0-9]{4}", false, false),
                    Field.text("transaction.cardId", 0, 128, null, false, false),
                    Field.choice("transaction.outcome", TransactionOutcome.class, false)),
            EventType.PROFILE_VERIFIED, List.of(Field.of("profile.customerSince", Kind.PAST_OR_PRESENT_DATE, true)));
    /** The block each type requires (RequiredBlocksValidator); the others may be left out. */
    private static final Map<EventType, List<String>> REQUIRED_BLOCKS = Map.of(
            EventType.ACCOUNT_OPENING, List.of("identity"), EventType.LOGIN, List.of("device", "login"),
            EventType.PASSWORD_RESET, List.of(), EventType.CONTACT_CHANGE, List.of("contactChange"),
            EventType.PAYEE_ADDED, List.of("payee"), EventType.TRANSACTION, List.of("transaction"),
            EventType.PROFILE_VERIFIED, List.of("profile"));
    private static final List<Field> LABEL_FIELDS = List.of(
            Field.text("eventId", 0, 128, ID_PATTERN, true, true),
            Field.choice("label", LabelValue.class, true),
            Field.of("reportedAt", Kind.INSTANT, true),
            Field.choice("source", LabelSource.class, true));

    /** A request before it is sent: the parts a mutation may change. */
    private record Call(String endpoint, String method, String path, String authorization, String contentType,
                        String accept, Map<String, Object> json, byte[] rawBody) {

        FuzzHttp.Request request() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            if (accept != null) {
                headers.put("Accept", accept);
            }
            byte[] body = rawBody != null ? rawBody : json == null ? null : utf8(HostileInputs.json(json));
            return new FuzzHttp.Request(method, path, Map.of(), headers, body);
        }

        Call withJson(Map<String, Object> newJson) {
            return new Call(endpoint, method, path, authorization, contentType, accept, newJson, null);
        }

        Call withBody(byte[] body) {
            return new Call(endpoint, method, path, authorization, contentType, accept, null, body);
        }

        Call withHeaders(String newAuthorization, String newContentType, String newAccept) {
            return new Call(endpoint, method, path, newAuthorization, newContentType, newAccept, json, rawBody);
        }

        Call withMethod(String newMethod) {
            return new Call(endpoint, newMethod, path, authorization, contentType, accept, json, rawBody);
        }

        FuzzRun.Input input(String mutation, Expect expect, String field, String... hostile) {
            List<String> values = new ArrayList<>(Arrays.asList(hostile));
            if (authorization != null && !authorization.equals(EventApiTests.BANK_A)
                    && !authorization.equals(EventApiTests.BANK_B)) {
                values.add(authorization.replaceFirst("^\\S+ ?", ""));
            }
            return new FuzzRun.Input(endpoint, mutation, request(), expect, field, values);
        }
    }

    /** One change to a valid call. */
    private interface Mutation extends Function<Call, FuzzRun.Input> {
    }

    private final String run;
    private final Instant now;
    private final Instant earliest;
    private final Instant latest;
    private final int maxBatchEvents;

    /**
     * @param run      unique per run (Redis outlives runs): event ids and identifiers start with it
     * @param maxAge   the service's {@code fraud.time-bounds.max-age}; the upper bound is the default five minutes
     */
    ScoringApiInputs(String run, Instant now, Duration maxAge, Duration maxAhead, int maxBatchEvents) {
        this.run = run;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.earliest = now.minus(maxAge);
        this.latest = now.plus(maxAhead);
        this.maxBatchEvents = maxBatchEvents;
    }

    // ---- events -----------------------------------------------------------------------------------------------

    Gen<FuzzRun.Input> events() {
        Gen<Call> valid = validEvents().map(event -> post(EVENT, "/v1/events", event));
        Gen<Mutation> mutations = Gens.frequencyOf(
                weighted(4, Gens.just(call -> call.input("valid", Expect.ANSWER, null))),
                weighted(24, eventFieldMutations("")),
                weighted(6, blockMutations("")),
                weighted(6, shape(EVENT)),
                weighted(3, contentType()),
                weighted(4, authorization()),
                weighted(2, method()),
                weighted(1, accept()));
        return Gens.zip(valid, mutations, (call, mutation) -> mutation.apply(call));
    }

    /** One field of the event changed: the whole body's, or (with {@code prefix} events[i].) one batch element's. */
    private Gen<Mutation> eventFieldMutations(String prefix) {
        return fieldValues().map(drawn -> (Mutation) call -> {
            Map<String, Object> event = eventIn(call, prefix);
            EventType type = EventType.valueOf((String) event.get("type"));
            List<Field> fields = new ArrayList<>(COMMON);
            fields.addAll(BLOCK_FIELDS.get(type));
            if (event.containsKey("device")) {
                fields.addAll(DEVICE);
            }
            Field field = fields.get(drawn.pick() / 10 % fields.size());
            return changeField(call, prefix, event, type, field, drawn.forField(field));
        });
    }

    /** A value drawn before the field it goes into: one hostile string, wrong type or field-specific edge value. */
    private record Drawn(Object hostile, Object wrongType, int pick, Instant time, String edge) {

        Object forField(Field field) {
            return switch (pick % 10) {
                case 0 -> ABSENT;
                case 1 -> null;
                case 2, 3 -> wrongType;
                case 4, 5, 6 -> hostile;
                default -> edge != null ? edgeFor(field) : hostile;
            };
        }

        private Object edgeFor(Field field) {
            return switch (field.kind()) {
                case INSTANT -> pick % 3 == 0 ? edge : time.toString();
                case ENUM -> edge;
                case PAST_DATE, PAST_OR_PRESENT_DATE -> time.toString().substring(0, time.toString().indexOf('T'));
                case AMOUNT, LATITUDE, LONGITUDE -> pick % 2 == 0 ? new RawJson(edgeNumber()) : edgeNumber();
                default -> hostile;
            };
        }

        private String edgeNumber() {
            return List.of("-0.0001", "0", "90.0001", "-180.5", "1E+2147483648", "12345678901234.5", "1.00001",
                    "NaN", "Infinity", "-Infinity", "1e-400", "0x10", "91", "-91", "1e3").get(Math.floorMod(pick, 15));
        }
    }

    private Gen<Drawn> fieldValues() {
        Gen<Object> hostile = Gens.frequencyOf(
                weighted(6, HostileInputs.text(300)),
                weighted(1, HostileInputs.longText(129, 2_000)));
        Gen<Instant> times = Gens.frequencyOf(
                weighted(3, Gens.longs(-3_600, 3_600).map(s -> latest.plusSeconds(s))),
                weighted(3, Gens.longs(-86_400 * 30L, 86_400 * 30L).map(s -> earliest.plusSeconds(s))),
                weighted(1, Gens.of(Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
                        Instant.parse("+10000-01-01T00:00:00Z"), Instant.MAX, Instant.MIN)),
                weighted(2, Gens.longs(0, 86_400 * 365L).map(s -> now.minusSeconds(s))));
        Gen<String> edges = Gens.of("yesterday", "2026-13-01T00:00:00Z", "2026-02-30T10:00:00Z",
                "2025-10-17T25:00:00Z", "2025-10-17T09:41:07", "2025-10-17", "2025-10-17T09:41:07+01:00",
                "1764325000", "1764325000000", "0000-00-00T00:00:00Z", "\u0662\u0660\u0662\u0666-01-01T00:00:00Z",
                "login", "LOGIN ", " TRANSACTION", "TELEPORT", "FRAUD\u0000", "0", "3", "99", "-1", "LEGIT,FRAUD",
                "\u0130BAN", "EMA\u0130L", "CASE", "fraud", "");
        return Gens.zip(hostile, HostileInputs.wrongJsonType(), Gens.integers(0, 9_999),
                times, Gens.frequencyOf(weighted(1, Gens.just((String) null)), weighted(3, edges)), Drawn::new);
    }

    private FuzzRun.Input changeField(Call call, String prefix, Map<String, Object> event, EventType type, Field field,
                                      Object value) {
        Map<String, Object> changed = set(event, field.path(), value);
        boolean required = field.required() || (field.path().equals("customerId") && type != EventType.ACCOUNT_OPENING)
                || (field.path().equals("identity.nationalId") && type == EventType.ACCOUNT_OPENING);
        Expect expect = expect(field, value, required);
        if (expect != Expect.REFUSAL && field.path().equals("customerId") && type != EventType.ACCOUNT_OPENING
                && value instanceof String text && text.isBlank()) {
            expect = Expect.REFUSAL; // RequiredBlocksValidator: String.isBlank, not Bean Validation's trim
        }
        String shown = value == ABSENT ? "absent" : value == null ? "null" : value.getClass().getSimpleName();
        String hostile = value instanceof String text && !isEnumName(text.trim()) ? text : null;
        // Another valid type makes other blocks required: the refusal names those, not the type.
        String named = field.path().equals("type") && value instanceof String text
                && isName(EventType.class, text.trim()) ? null : prefix + field.path();
        return withEvent(call, prefix, changed).input("field " + field.path() + ": " + shown, expect, named, hostile);
    }

    /** The oracle for one field: what the contract and Jackson's documented reading make of {@code value}. */
    private Expect expect(Field field, Object value, boolean required) {
        if (value == ABSENT || value == null) {
            return required ? Expect.REFUSAL : Expect.EITHER;
        }
        // Jackson's java.time reading takes an empty array for no date at all, and a number field takes the text
        // "null" for null: both the same as a field left out.
        boolean readAsNull = (value instanceof List<?> list && list.isEmpty()
                && (field.kind() == Kind.PAST_DATE || field.kind() == Kind.PAST_OR_PRESENT_DATE))
                || ("null".equals(value) && (field.kind() == Kind.AMOUNT || field.kind() == Kind.LATITUDE
                || field.kind() == Kind.LONGITUDE));
        if (readAsNull) {
            return required ? Expect.REFUSAL : Expect.EITHER;
        }
        if (value instanceof Map || value instanceof List) {
            return Expect.REFUSAL;
        }
        if (value instanceof Boolean) {
            return switch (field.kind()) {
                case TEXT, EMAIL, BOOLEAN -> Expect.EITHER; // read as "true" into strings
                default -> Expect.REFUSAL;
            };
        }
        String text = value instanceof RawJson raw ? raw.text() : value.toString();
        boolean number = !(value instanceof String);
        return switch (field.kind()) {
            case TEXT -> number ? Expect.EITHER : textRule(field, text, required);
            case EMAIL -> number || text.length() <= field.max() ? Expect.EITHER : Expect.REFUSAL;
            case ENUM -> number || text.trim().isEmpty() ? (required || number ? Expect.REFUSAL : Expect.EITHER)
                    : isName(field.type(), text.trim()) ? Expect.EITHER : Expect.REFUSAL;
            case BOOLEAN -> number ? Expect.EITHER
                    : text.trim().equalsIgnoreCase("true") || text.trim().equalsIgnoreCase("false") ? Expect.EITHER
                    : Expect.REFUSAL;
            case INSTANT -> number ? Expect.REFUSAL : instantRule(text);
            case PAST_DATE, PAST_OR_PRESENT_DATE -> number ? Expect.EITHER : dateRule(field, text, required);
            case AMOUNT -> amountRule(text, required);
            case LATITUDE -> coordinateRule(text, 90);
            case LONGITUDE -> coordinateRule(text, 180);
        };
    }

    private static Expect textRule(Field field, String text, boolean required) {
        if (text.length() > field.max() || text.length() < field.min()
                || (field.notBlank() && text.trim().isEmpty())
                || (field.pattern() != null && !text.matches(field.pattern()))) {
            return Expect.REFUSAL;
        }
        return required && text.isEmpty() ? Expect.REFUSAL : Expect.EITHER;
    }

    /** Within the live path's bounds, away from their edges; a string Java cannot read as an instant is refused. */
    private Expect instantRule(String text) {
        if (text.isBlank()) {
            return Expect.REFUSAL;
        }
        try {
            Instant time = Instant.parse(text.trim());
            if (time.isBefore(earliest.minus(BOUND_MARGIN)) || time.isAfter(latest.plus(BOUND_MARGIN))) {
                return Expect.REFUSAL;
            }
            return Expect.EITHER;
        } catch (DateTimeException notIso) {
            // Jackson also reads local date-times and digits (epoch values); anything else is no time at all.
            return text.trim().matches("-?[0-9.]+|.*T.*") ? Expect.EITHER : Expect.REFUSAL;
        }
    }

    private Expect dateRule(Field field, String text, boolean required) {
        if (text.trim().isEmpty()) {
            return required ? Expect.REFUSAL : Expect.EITHER;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            // A day's margin either side: the server's "today" may be another day than the test's.
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            boolean wrong = field.kind() == Kind.PAST_DATE ? !date.isBefore(today.plusDays(1))
                    : date.isAfter(today.plusDays(1));
            return wrong ? Expect.REFUSAL : Expect.EITHER;
        } catch (DateTimeException notIso) {
            return text.contains("T") || text.trim().matches("-?[0-9]+") ? Expect.EITHER : Expect.REFUSAL;
        }
    }

    /** A finite decimal, zero or more, at most 13 integer and 4 fraction digits. */
    private static Expect amountRule(String text, boolean required) {
        if (text.trim().isEmpty()) { // Jackson reads a blank number (String.trim's blank) as null
            return required ? Expect.REFUSAL : Expect.EITHER;
        }
        try {
            BigDecimal amount = new BigDecimal(text.trim());
            boolean fits = amount.signum() >= 0 && amount.precision() - amount.scale() <= 13
                    && Math.max(0, amount.stripTrailingZeros().scale()) <= 4;
            return fits ? Expect.EITHER : Expect.REFUSAL;
        } catch (NumberFormatException | ArithmeticException notDecimal) {
            return Expect.REFUSAL;
        }
    }

    /** A finite number within the range; NaN and infinities are no place on earth. */
    private static Expect coordinateRule(String text, double limit) {
        if (text.trim().isEmpty()) {
            return Expect.EITHER;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) && Math.abs(value) <= limit ? Expect.EITHER : Expect.REFUSAL;
        } catch (NumberFormatException notNumber) {
            return Expect.REFUSAL;
        }
    }

    /** A whole block removed, null, of another type, emptied, swapped for another type's, or carrying nested junk. */
    private Gen<Mutation> blockMutations(String prefix) {
        Gen<Object> wrongType = Gens.of("identity", 7, true, List.of(), List.of(Map.of()));
        Gen<Integer> depth = Gens.frequencyOf(
                weighted(3, Gens.integers(1, 60)),
                weighted(1, Gens.integers(MAX_NESTING + 50, 4_000)));
        return Gens.zip(Gens.integers(0, 5), wrongType, depth,
                Gens.of(EventType.class), (kind, other, deep, newType) -> call -> {
                    Map<String, Object> event = eventIn(call, prefix);
                    EventType type = EventType.valueOf((String) event.get("type"));
                    List<String> blocks = event.keySet().stream().filter(k -> event.get(k) instanceof Map).toList();
                    List<String> required = REQUIRED_BLOCKS.get(type);
                    String block = blocks.get(Math.floorMod(deep, blocks.size()));
                    Map<String, Object> changed = new LinkedHashMap<>(event);
                    return switch (kind) {
                        case 0, 1 -> {
                            if (kind == 0) {
                                changed.remove(block);
                            } else {
                                changed.put(block, null);
                            }
                            boolean needed = required.contains(block) || (type == EventType.PROFILE_VERIFIED
                                    && block.equals("identity"));
                            yield withEvent(call, prefix, changed).input("block " + block + ": " + (kind == 0
                                    ? "absent" : "null"), needed ? Expect.REFUSAL : Expect.EITHER, prefix + block);
                        }
                        case 2 -> {
                            changed.put(block, other);
                            yield withEvent(call, prefix, changed).input("block " + block + ": wrong type",
                                    Expect.REFUSAL, prefix + block);
                        }
                        case 3 -> {
                            changed.put(block, new LinkedHashMap<>());
                            boolean holdsRequired = required.contains(block) && !block.equals("device");
                            yield withEvent(call, prefix, changed).input("block " + block + ": empty",
                                    holdsRequired || (type == EventType.PROFILE_VERIFIED && block.equals("identity"))
                                            ? Expect.REFUSAL : Expect.EITHER, prefix + block);
                        }
                        case 4 -> {
                            changed.put("type", newType.name());
                            List<String> missing = REQUIRED_BLOCKS.get(newType).stream()
                                    .filter(b -> !(changed.get(b) instanceof Map)).toList();
                            boolean refuse = newType != type && (!missing.isEmpty()
                                    || newType == EventType.PROFILE_VERIFIED
                                    || (newType == EventType.ACCOUNT_OPENING
                                    && changed.get("identity") instanceof Map<?, ?> id && !id.containsKey("nationalId")));
                            yield withEvent(call, prefix, changed).input("type switched to " + newType,
                                    refuse ? Expect.REFUSAL : Expect.EITHER,
                                    missing.isEmpty() ? null : prefix + missing.get(0));
                        }
                        default -> {
                            Map<String, Object> withJunk = new LinkedHashMap<>(castMap(changed.get(block)));
                            withJunk.put("junk", nested(deep));
                            changed.put(block, withJunk);
                            yield withEvent(call, prefix, changed).input("block " + block + ": nested junk, depth "
                                    + (deep > MAX_NESTING ? "over " + MAX_NESTING : "under " + MAX_NESTING),
                                    deep > MAX_NESTING ? Expect.REFUSAL : Expect.EITHER, null);
                        }
                    };
                });
    }

    // ---- batches ----------------------------------------------------------------------------------------------

    Gen<FuzzRun.Input> batches() {
        Gen<Call> valid = validEvents().list(1, 5)
                .map(events -> post(BATCH, "/v1/events:batch", object("events", inTimeOrder(events))));
        Gen<Mutation> mutations = Gens.frequencyOf(
                weighted(4, Gens.just(call -> call.input("valid", Expect.ANSWER, null))),
                weighted(12, Gens.integers(0, 4).flatMap(i -> eventFieldMutations("events[" + i + "].")
                        .map(m -> (Mutation) call -> m.apply(clampIndex(call, i))))),
                weighted(4, Gens.integers(0, 4).flatMap(i -> blockMutations("events[" + i + "].")
                        .map(m -> (Mutation) call -> m.apply(clampIndex(call, i))))),
                weighted(6, batchShape()),
                weighted(4, shape(BATCH)),
                weighted(2, contentType()),
                weighted(2, authorization()),
                weighted(1, method()));
        return Gens.zip(valid, mutations, (call, mutation) -> mutation.apply(call));
    }

    /** The batch's own shape: its list missing, of another type, empty, with nulls, too long, or with repeated ids. */
    private Gen<Mutation> batchShape() {
        Gen<Mutation> events = Gens.of(ABSENT, null, "events", 5, Map.of(), Map.of("events", List.of()),
                new RawJson("[[]]")).map(value -> call -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    if (value != ABSENT) {
                        body.put("events", value);
                    }
                    String shown = value == ABSENT ? "absent" : value == null ? "null" : value.toString();
                    return call.withJson(body).input("events: " + shown, Expect.REFUSAL,
                            value instanceof RawJson ? "events[0]" : "events");
                });
        Gen<Mutation> empty = Gens.just(call ->
                call.withJson(object("events", List.of())).input("events: empty", Expect.EITHER, null));
        Gen<Mutation> nullElement = Gens.integers(0, 5).map(at -> call -> {
            List<Object> list = new ArrayList<>(eventsOf(call));
            int index = Math.min(at, list.size());
            list.add(index, null);
            return call.withJson(object("events", list)).input("events: a null element", Expect.REFUSAL,
                    "events[" + index + "]");
        });
        Gen<Mutation> repeatedId = Gens.integers(0, 100).map(pick -> call -> {
            List<Object> list = new ArrayList<>(eventsOf(call));
            Map<String, Object> first = castMap(list.get(0));
            Map<String, Object> copy;
            String mutation;
            if (pick % 2 == 0 || list.size() == 1) {
                copy = new LinkedHashMap<>(first); // the very same event twice
                mutation = "events: one event twice";
            } else {
                copy = new LinkedHashMap<>(castMap(list.get(list.size() - 1)));
                copy.put("eventId", first.get("eventId"));
                mutation = "events: two events with one id";
            }
            list.add(copy);
            return call.withJson(object("events", list)).input(mutation, Expect.REFUSAL,
                    "events[" + (list.size() - 1) + "].eventId");
        });
        Gen<Mutation> tooMany = Gens.of(1, 2, 50).map(extra -> call -> {
            List<Object> list = new ArrayList<>(Collections.nCopies(maxBatchEvents + extra, castMap(eventsOf(call)
                    .get(0))));
            return call.withJson(object("events", list)).input("events: more than " + maxBatchEvents, Expect.REFUSAL,
                    "events");
        });
        Gen<Mutation> tooManyNulls = Gens.just(call -> call.withJson(object("events",
                new ArrayList<>(Collections.nCopies(maxBatchEvents + 1, null))))
                .input("events: more than " + maxBatchEvents + " nulls", Expect.REFUSAL, "events"));
        Gen<Mutation> outOfOrder = Gens.just(call -> {
            List<Object> list = new ArrayList<>(eventsOf(call));
            Collections.reverse(list);
            return call.withJson(object("events", list)).input("events: out of time order", Expect.EITHER, null);
        });
        return Gens.frequencyOf(weighted(6, events), weighted(1, empty), weighted(3, nullElement),
                weighted(6, repeatedId), weighted(1, tooMany), weighted(1, tooManyNulls), weighted(2, outOfOrder));
    }

    // ---- labels -----------------------------------------------------------------------------------------------

    /** @param scored ids of events bank-a had scored in this run: the valid labels name them */
    Gen<FuzzRun.Input> labels(List<String> scored) {
        Gen<Call> valid = Gens.zip(Gens.of(scored), Gens.of(LabelValue.class),
                Gens.of(LabelSource.class), Gens.longs(60, 86_400 * 30L), (eventId, label, source, ago) ->
                        post(LABEL, "/v1/labels", object("eventId", eventId, "label", label.name(),
                                "reportedAt", now.minusSeconds(ago).toString(), "source", source.name())));
        Gen<Mutation> field = fieldValues().map(drawn -> call -> {
            Field changed = LABEL_FIELDS.get(drawn.pick() / 10 % LABEL_FIELDS.size());
            Object value = drawn.forField(changed);
            Expect expect = expect(changed, value, changed.required());
            // Another id may name an event this run scored (the event fuzzing sends ids like "-1"): either.
            String hostile = value instanceof String text && !isEnumName(text.trim()) ? text : null;
            return call.withJson(set(call.json(), changed.path(), value)).input("field " + changed.path() + ": "
                    + (value == ABSENT ? "absent" : value == null ? "null" : value.getClass().getSimpleName()),
                    expect, changed.path(), hostile);
        });
        Gen<Mutation> unknownEvent = Gens.longs().map(n -> call -> call.withJson(set(call.json(),
                "eventId", run + "-never-" + Long.toHexString(n))).input("eventId: never scored", Expect.REFUSAL,
                "eventId"));
        Gen<Mutation> otherTenant = Gens.just(call -> call.withHeaders(EventApiTests.BANK_B,
                call.contentType(), call.accept()).input("another bank's event", Expect.REFUSAL, "eventId"));
        Gen<Mutation> mutations = Gens.frequencyOf(
                weighted(4, Gens.just(call -> call.input("valid", Expect.ANSWER, null))),
                weighted(14, field),
                weighted(3, unknownEvent),
                weighted(3, otherTenant),
                weighted(6, shape(LABEL)),
                weighted(2, contentType()),
                weighted(3, authorization()),
                weighted(2, method()));
        return Gens.zip(valid, mutations, (call, mutation) -> mutation.apply(call));
    }

    // ---- what every endpoint shares ---------------------------------------------------------------------------

    /** The body replaced by one of another shape: not JSON, another top-level type, truncated, huge, badly encoded. */
    private Gen<Mutation> shape(String endpoint) {
        int limit = endpoint.equals(BATCH) ? 8 * 1024 * 1024 : 64 * 1024;
        Gen<Mutation> broken = HostileInputs.brokenJson().map(body -> call ->
                call.withBody(utf8(body)).input("body: broken JSON", Expect.REFUSAL, null, body));
        Gen<Mutation> truncated = Gens.integers(0, 100_000).map(cut -> call -> {
            String json = HostileInputs.json(call.json());
            return call.withBody(utf8(json.substring(0, cut % json.length()))).input("body: truncated",
                    Expect.REFUSAL, null);
        });
        Gen<Mutation> invalidUtf8 = Gens.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                        new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})
                .map(bad -> call -> call.withBody(spliceIntoLastString(HostileInputs.json(call.json()), bad))
                        .input("body: invalid UTF-8", Expect.EITHER, null));
        Gen<Mutation> padded = Gens.frequencyOf(weighted(3, Gens.integers(1, 1_000)),
                weighted(1, Gens.integers(limit, limit + 10_000))).map(spaces -> call ->
                call.withBody(utf8(" ".repeat(spaces) + HostileInputs.json(call.json())))
                        .input("body: padded with spaces" + (spaces >= limit ? " over the limit" : ""),
                                spaces >= limit ? Expect.REFUSAL : Expect.EITHER, null));
        Gen<Mutation> extraFields = Gens.just(call -> call.withBody(utf8(HostileInputs.json(call.json())
                        .replaceFirst("\\{", "{\"tenant\":\"bank-b\",\"score\":0.01,\"decision\":\"ALLOW\","
                                + "\"modelVersion\":\"fuzz\",")))
                .input("body: unknown fields", Expect.EITHER, null));
        Gen<Mutation> empty = Gens.of("", " ", "\n").map(body -> call ->
                call.withBody(utf8(body)).input("body: empty", Expect.REFUSAL, null));
        // Above the HTTP layer's hard stop (quarkus.http.limits.max-body-size, 16 MiB).
        Gen<Mutation> overHardStop = Gens.just(call -> call.withBody(
                utf8("{\"events\":[\"" + "x".repeat(17 * 1024 * 1024) + "\"]}")).input("body: 17 MiB", Expect.REFUSAL,
                null));
        return Gens.frequencyOf(weighted(20, broken), weighted(8, truncated), weighted(4, invalidUtf8),
                weighted(2, padded), weighted(3, extraFields), weighted(2, empty),
                weighted(endpoint.equals(BATCH) ? 1 : 0, overHardStop));
    }

    private Gen<Mutation> contentType() {
        Gen<Mutation> wrong = Gens.of("text/plain", "application/xml", "text/html",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz",
                        "application/octet-stream", "image/png", "%%%", "json", "application/", ";;",
                        "application/json/x", "application/problem+json")
                .map(type -> call -> call.withHeaders(call.authorization(), type, call.accept())
                        .input("content type: " + type, Expect.REFUSAL, null));
        Gen<Mutation> jsonVariants = Gens.of("application/json; charset=utf-8", "APPLICATION/JSON",
                        "application/json;charset=UTF-16", "application/json; foo=bar")
                .map(type -> call -> call.withHeaders(call.authorization(), type, call.accept())
                        .input("content type: " + type, Expect.EITHER, null));
        Gen<Mutation> none = Gens.just(call -> call.withHeaders(call.authorization(), null, call.accept())
                .input("content type: none", Expect.EITHER, null));
        return Gens.frequencyOf(weighted(5, wrong), weighted(2, jsonVariants), weighted(1, none));
    }

    private Gen<Mutation> authorization() {
        Gen<String> refused = Gens.of("", "Bearer ", "Bearer", "Basic ZnV6ejpmdXp6",
                "Bearer test-key-bank-a-but-wrong", "Bearer test-key-bank-", "Bearer TEST-KEY-BANK-A",
                "Bearer test-key-bank-a test-key-bank-a", "Bearer  test-key-bank-a-x", "Token test-key-bank-a",
                "Bearer " + "A".repeat(10_000), "Bearer test-admin-key", "Bearer \u00e9t\u00e9-key",
                "Bearer bank-a:test-key-bank-a", "Bearer ' OR '1'='1", "Bearer ${jndi:ldap://fuzz.invalid/a}");
        Gen<Mutation> wrong = refused.map(header -> call -> call.withHeaders(header.isEmpty() ? null : header,
                call.contentType(), call.accept()).input("authorization: " + FuzzHttp.abbreviate(header, 30),
                Expect.REFUSAL, null));
        Gen<Mutation> otherBank = Gens.just(call -> call.withHeaders(EventApiTests.BANK_B,
                call.contentType(), call.accept()).input("authorization: another bank", call.endpoint().equals(LABEL)
                ? Expect.REFUSAL : Expect.EITHER, null));
        return Gens.frequencyOf(weighted(6, wrong), weighted(1, otherBank));
    }

    private Gen<Mutation> method() {
        Gen<Mutation> refused = Gens.of("GET", "PUT", "DELETE", "PATCH")
                .map(method -> call -> call.withMethod(method).input("method: " + method, Expect.REFUSAL, null));
        Gen<Mutation> harmless = Gens.of("HEAD", "OPTIONS").map(method -> call ->
                call.withMethod(method).withBody(null).input("method: " + method, Expect.EITHER, null));
        return Gens.frequencyOf(weighted(4, refused), weighted(1, harmless));
    }

    private Gen<Mutation> accept() {
        Gen<Mutation> unacceptable = Gens.of("text/html", "application/xml", "image/png")
                .map(type -> call -> call.withHeaders(call.authorization(), call.contentType(), type)
                        .input("accept: " + type, Expect.EITHER, null));
        Gen<Mutation> fine = Gens.of("*/*", "application/*", "application/json;q=0.1", ";;;", "")
                .map(type -> call -> call.withHeaders(call.authorization(), call.contentType(), type)
                        .input("accept: " + type, Expect.EITHER, null));
        return Gens.frequencyOf(weighted(1, unacceptable), weighted(1, fine));
    }

    // ---- valid bodies -----------------------------------------------------------------------------------------

    /** A valid event of any type, with a fresh id; customers and devices come from small pools, so windows fill. */
    private Gen<Map<String, Object>> validEvents() {
        // 26^16 ids: a repeated id would be answered from storage, not scored.
        Gen<String> ids = Gens.strings(Gens.chars('a', 'z'), 16, 16);
        return Gens.zip(Gens.of(EventType.class), ids,
                Gens.integers(0, 49), Gens.integers(0, 19),
                Gens.longs(60, 86_400 * 20L), this::event);
    }

    private Map<String, Object> event(EventType type, String id, int customer, int device, long secondsAgo) {
        Map<String, Object> event = object("eventId", run + "-" + id, "type", type.name(),
                "occurredAt", now.minusSeconds(secondsAgo).toString(), "customerId", run + "-c" + customer,
                "accountId", "acc-" + customer);
        Map<String, Object> deviceBlock = object("deviceId", run + "-d" + device, "ip", "203.0.113." + (device + 1),
                "userAgent", "Mozilla/5.0 (fuzz)", "latitude", new RawJson("51.5"), "longitude", new RawJson("-0.12"));
        switch (type) {
            case ACCOUNT_OPENING -> {
                event.put("identity", object("nationalId", "QQ" + customer + "C", "firstName", "Ada",
                        "lastName", "Lovelace", "dateOfBirth", "1984-03-02", "email", "ada" + customer + "@example.com",
                        "phone", "+447700900123", "address", object("line1", "1 High Street", "city", "London",
                                "postalCode", "SW1A 1AA", "country", "GB")));
                event.put("device", deviceBlock);
            }
            case LOGIN -> {
                event.put("device", deviceBlock);
                event.put("login", object("success", true, "method", "PASSWORD"));
            }
            case PASSWORD_RESET -> event.put("device", deviceBlock);
            case CONTACT_CHANGE -> {
                event.put("device", deviceBlock);
                event.put("contactChange", object("field", "EMAIL", "oldValue", "old@example.com",
                        "newValue", "new" + customer + "@example.com"));
            }
            case PAYEE_ADDED -> {
                event.put("device", deviceBlock);
                event.put("payee", object("payeeId", "GB29NWBK6016133192682" + device, "country", "GB"));
            }
            case TRANSACTION -> {
                event.put("device", deviceBlock);
                event.put("transaction", object("amount", new RawJson("125.40"), "currency", "GBP",
                        "channel", "TRANSFER", "counterpartyId", "merchant-" + device, "merchantCategory", "5732",
                        "cardId", "card-" + customer, "outcome", "APPROVED"));
            }
            case PROFILE_VERIFIED -> {
                event.put("identity", object("firstName", "Vic", "email", "vic" + customer + "@example.com",
                        "phone", "+447700900456"));
                event.put("profile", object("customerSince", "2020-01-01"));
            }
        }
        return event;
    }

    private static List<Map<String, Object>> inTimeOrder(List<Map<String, Object>> events) {
        List<Map<String, Object>> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> Instant.parse((String) a.get("occurredAt"))
                .compareTo(Instant.parse((String) b.get("occurredAt"))));
        return sorted;
    }

    private static Call post(String endpoint, String path, Map<String, Object> json) {
        return new Call(endpoint, "POST", path, EventApiTests.BANK_A, JSON, null, json, null);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The event a mutation changes: the body itself, or the batch element {@code prefix} names. */
    private static Map<String, Object> eventIn(Call call, String prefix) {
        return prefix.isEmpty() ? call.json() : castMap(eventsOf(call).get(index(prefix)));
    }

    private static Call withEvent(Call call, String prefix, Map<String, Object> event) {
        if (prefix.isEmpty()) {
            return call.withJson(event);
        }
        List<Object> events = new ArrayList<>(eventsOf(call));
        events.set(index(prefix), event);
        return call.withJson(object("events", events));
    }

    /** A batch with at least {@code i + 1} events, so events[i] exists: its first event repeated with fresh ids. */
    private static Call clampIndex(Call call, int i) {
        List<Object> events = new ArrayList<>(eventsOf(call));
        while (events.size() <= i) {
            Map<String, Object> copy = new LinkedHashMap<>(castMap(events.get(events.size() - 1)));
            copy.put("eventId", copy.get("eventId") + "-" + events.size());
            events.add(copy);
        }
        return call.withJson(object("events", events));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> eventsOf(Call call) {
        return (List<Object>) call.json().get("events");
    }

    private static int index(String prefix) {
        return Integer.parseInt(prefix.substring(prefix.indexOf('[') + 1, prefix.indexOf(']')));
    }

    /** A copy of {@code json} with the value at {@code path} replaced ({@link #ABSENT}: removed); blocks are created. */
    private static Map<String, Object> set(Map<String, Object> json, String path, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        int dot = path.indexOf('.');
        if (dot < 0) {
            if (value == ABSENT) {
                copy.remove(path);
            } else {
                copy.put(path, value);
            }
            return copy;
        }
        String head = path.substring(0, dot);
        Map<String, Object> inner = json.get(head) instanceof Map<?, ?> ? castMap(json.get(head)) : Map.of();
        copy.put(head, set(inner, path.substring(dot + 1), value));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Object nested(int depth) {
        Object inner = "x";
        for (int i = 0; i < depth; i++) {
            inner = i % 2 == 0 ? Map.of("a", inner) : List.of(inner);
        }
        return inner;
    }

    /** A contract enum's name: a refusal listing the allowed values is the contract speaking, not an echo. */
    private static boolean isEnumName(String text) {
        return List.of(EventType.class, LabelValue.class, LabelSource.class, Channel.class, ContactField.class,
                LoginMethod.class, TransactionOutcome.class).stream().anyMatch(type -> isName(type, text));
    }
}
