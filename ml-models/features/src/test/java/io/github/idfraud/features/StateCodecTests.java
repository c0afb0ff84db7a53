package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StateCodecTests {

    private static final long T = 1_793_000_000L;

    @Test
    void everyPartOfAStateSurvivesARoundTrip() {
        IdentifierState state = new IdentifierState(0);
        state.count(Metric.AMOUNT_CENTS, 480_000, T);
        state.count(Metric.AMOUNT_CENTS, 1_250, T - 86400 * 3);
        state.count(Metric.EVENTS, 1, T - 600);
        state.touch(Mark.PASSWORD_RESET_AT, T - 60);
        state.streak(Mark.FAILED_LOGIN_STREAK, true);
        state.position(51.5072, -0.1276, T);
        state.link(Link.CUSTOMER, "pseudonym-1", T);
        state.link(Link.CUSTOMER, "pseudonym-2", T - 86400);
        state.firstSight("d-device", Mark.NEW_DEVICE_AT, T - 3600);
        state.addLabel("event-ref", T, Duration.ofDays(95));

        byte[] value = StateCodec.encode(state, 0x0102030405060708L);
        IdentifierState back = StateCodec.decode(value);

        assertThat(StateCodec.versionOf(value)).isEqualTo(0x0102030405060708L);
        byte[] framed = new byte[value.length + 3];
        System.arraycopy(value, 0, framed, 3, value.length);
        assertThat(StateCodec.versionOf(framed, 3, value.length)).as("read where a cache's record holds it")
                .isEqualTo(0x0102030405060708L);
        assertThat(StateCodec.versionOf(framed, 3, 7)).as("too short to hold a version").isZero();
        assertThat(back.version).isEqualTo(0x0102030405060708L);
        assertThat(back.sum(Metric.AMOUNT_CENTS, Window.MONTH, T)).isEqualTo(481_250);
        assertThat(back.sum(Metric.AMOUNT_CENTS, Window.DAY, T)).isEqualTo(480_000);
        assertThat(back.sum(Metric.EVENTS, Window.HOUR, T)).isEqualTo(1);
        assertThat(back.mark(Mark.PASSWORD_RESET_AT)).isEqualTo(T - 60);
        assertThat(back.mark(Mark.CONTACT_CHANGE_AT)).isEqualTo(-1);
        assertThat(back.position(0, 0, T + 1)).as("kept on the kilometre grid, not where the event was")
                .isEqualTo(new LastSighting(T, 51.51, -0.13));
        assertThat(back.distinct(Link.CUSTOMER, 7, T)).isEqualTo(2);
        assertThat(back.distinct(Link.CUSTOMER, 1, T)).isEqualTo(1);
        assertThat(back.firstSight("d-device", null, T)).isEqualTo(T - 3600);
        assertThat(back.labelsWithin(86400, T)).isEqualTo(1);
        assertThat(back.streak(Mark.FAILED_LOGIN_STREAK, false)).isEqualTo(1);
        assertThat(StateCodec.encode(StateCodec.decode(value), 0x0102030405060708L)).isEqualTo(value);
    }

    @Test
    void anUntouchedStateIsNotWrittenAndAnAbsentValueDecodesEmpty() {
        IdentifierState absent = StateCodec.decode(null);
        assertThat(absent.version).isZero();
        assertThat(absent.sum(Metric.EVENTS, Window.DAY, T)).isZero();
        assertThat(absent.labelsWithin(86400, T)).isZero();
        assertThat(absent.changed()).isFalse();
    }

    @Test
    void aValueOfAnotherLayoutStartsAfreshButKeepsItsVersionForTheCommit() {
        IdentifierState other = StateCodec.decode(new byte[] {0, 0, 0, 0, 0, 0, 0, 5, 9, 1, 2, 3});
        assertThat(other.version).isEqualTo(5);
        assertThat(other.sum(Metric.EVENTS, Window.DAY, T)).isZero();
        assertThatThrownBy(() -> StateCodec.decode(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short");
    }

    @Test
    void aMarkSeriesOrLinkOfANewerReleaseIsSkippedAndTheRestKept() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {0, 0, 0, 0, 0, 0, 0, 9});
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeUInt32NoTag(2);
        out.writeUInt32NoTag(1 << Mark.PASSWORD_RESET_AT.id() | 1 << 7);
        out.writeSInt64NoTag(T - 60);
        out.writeSInt64NoTag(12345);
        out.writeBoolNoTag(false);
        out.writeUInt32NoTag(2);
        out.writeUInt32NoTag(StateCodec.seriesNumber(Metric.EVENTS, Granularity.HOUR));
        out.writeUInt32NoTag(1);
        out.writeSInt64NoTag(Math.floorDiv(T, 3600));
        out.writeSInt64NoTag(3);
        out.writeUInt32NoTag(Metric.values().length * StateCodec.GRANULARITY_IDS + 1);
        out.writeUInt32NoTag(1);
        out.writeSInt64NoTag(77);
        out.writeSInt64NoTag(5);
        out.writeUInt32NoTag(2);
        out.writeUInt32NoTag(40);
        writeOneMember(out, "unknown-kind");
        out.writeUInt32NoTag(Link.CUSTOMER.id());
        writeOneMember(out, "pseudonym-1");
        out.writeUInt32NoTag(0);
        out.writeUInt32NoTag(0);
        out.flush();

        IdentifierState s = StateCodec.decode(bytes.toByteArray());

        assertThat(s.version).isEqualTo(9);
        assertThat(s.mark(Mark.PASSWORD_RESET_AT)).isEqualTo(T - 60);
        assertThat(Arrays.stream(Mark.values()).filter(s::hasMark)).containsExactly(Mark.PASSWORD_RESET_AT);
        assertThat(s.sum(Metric.EVENTS, Window.DAY, T)).isEqualTo(3);
        assertThat(Arrays.stream(s.series).filter(Objects::nonNull)).hasSize(1);
        assertThat(s.distinct(Link.CUSTOMER, 1, T)).isEqualTo(1);
        assertThat(Arrays.stream(s.links).filter(Objects::nonNull)).hasSize(1);
    }

    @Test
    void sectionsSurviveARoundTripAfterTheFormat2Body() {
        IdentifierState state = new IdentifierState(0);
        state.touch(Mark.PAYEE_ADDED_AT, T - 60);
        state.addAmount(40.0, T - 86400 * 20);
        state.addAmount(60.0, T - 86400);
        state.seeCategory(5411);
        state.seeCategory(5942);
        state.addHour(T - 3600);
        state.addHour(T);
        byte[] withoutSections = bodyOnly(state);

        byte[] value = StateCodec.encode(state, 7);
        IdentifierState back = StateCodec.decode(value);

        assertThat(value.length).as("three short sections").isBetween(withoutSections.length + 12, withoutSections.length + 40);
        assertThat(Arrays.copyOf(value, withoutSections.length)).as("the format-2 body comes first, unchanged")
                .isEqualTo(withoutSections);
        assertThat(back.mark(Mark.PAYEE_ADDED_AT)).isEqualTo(T - 60);
        assertThat(back.amountBaseline(AmountProfile.Horizon.DAYS_90, T))
                .isEqualTo(state.amountBaseline(AmountProfile.Horizon.DAYS_90, T));
        assertThat(back.seeCategory(5942)).isFalse();
        assertThat(back.seeCategory(5812)).isTrue();
        assertThat(back.hours.total()).isEqualTo(2);
        assertThat(back.hours.around(T)).isEqualTo(2);
        assertThat(StateCodec.encode(StateCodec.decode(value), 7)).isEqualTo(value);
    }

    @Test
    void aSectionOfANewerReleaseIsSkippedByItsLength() throws IOException {
        IdentifierState state = new IdentifierState(0);
        state.seeCategory(5411);
        byte[] known = StateCodec.encode(state, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(known);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeUInt32NoTag(99);
        out.writeUInt32NoTag(3);
        out.writeRawBytes(new byte[] {1, 2, 3});
        out.flush();

        IdentifierState back = StateCodec.decode(bytes.toByteArray());

        assertThat(back.seeCategory(5411)).isFalse();
        assertThat(StateCodec.encode(back, 7)).as("the unknown section is dropped, the rest kept").isEqualTo(known);
    }

    @Test
    void appliedEventsSurviveARoundTripInTwelveBytesForOneEvent() {
        IdentifierState state = new IdentifierState(0);
        state.count(Metric.EVENTS, 1, T);
        byte[] before = StateCodec.encode(state, 7);
        state.rememberApplied(IdentifierState.memberHash("event-ref-1"), T, RetryGuard.DEFAULT);

        byte[] value = StateCodec.encode(state, 7);
        IdentifierState back = StateCodec.decode(value);

        assertThat(value.length - before.length).as("id, length, count, newest minute, hash, minutes back")
                .isEqualTo(12);
        assertThat(Arrays.copyOf(value, before.length)).isEqualTo(before);
        assertThat(back.hasApplied(IdentifierState.memberHash("event-ref-1"))).isTrue();
        assertThat(back.hasApplied(IdentifierState.memberHash("event-ref-2"))).isFalse();
        assertThat(back.sum(Metric.EVENTS, Window.HOUR, T)).isEqualTo(1);
        assertThat(StateCodec.encode(back, 7)).isEqualTo(value);
    }

    @Test
    void atTheEntryCapAppliedEventsTakeAtMost172Bytes() {
        IdentifierState state = new IdentifierState(0);
        byte[] empty = StateCodec.encode(state, 7);
        for (int i = 0; i < 100; i++) {
            // One event every 9 seconds: the last 100 span 15 minutes, so only the cap limits them.
            state.rememberApplied(IdentifierState.memberHash("busy-" + i), T + 9L * i, RetryGuard.DEFAULT);
        }

        byte[] value = StateCodec.encode(state, 7);
        IdentifierState back = StateCodec.decode(value);

        assertThat(back.appliedEvents.size()).isEqualTo(RetryGuard.DEFAULT.entries());
        assertThat(back.hasApplied(IdentifierState.memberHash("busy-99"))).isTrue();
        assertThat(back.hasApplied(IdentifierState.memberHash("busy-67"))).as("the oldest made room").isFalse();
        assertThat(value.length - empty.length).as("id, 2-byte length, count, newest minute, 32 x (hash, minutes back)")
                .isEqualTo(1 + 2 + 1 + 4 + 32 * 5);
    }

    @Test
    void aValueWrittenBeforeAppliedEventsExistedRemembersNone() throws IOException {
        IdentifierState s = StateCodec.decode(golden());

        assertThat(s.appliedEvents).isNull();
        assertThat(s.hasApplied(IdentifierState.memberHash("event-ref"))).isFalse();
    }

    @Test
    void appliedEventsAreKeptWhenASectionOfANewerReleaseFollowsThem() throws IOException {
        IdentifierState state = new IdentifierState(0);
        state.seeCategory(5411);
        state.rememberApplied(IdentifierState.memberHash("event-ref-1"), T, RetryGuard.DEFAULT);
        byte[] known = StateCodec.encode(state, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(known);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeUInt32NoTag(99);
        out.writeUInt32NoTag(2);
        out.writeRawBytes(new byte[] {4, 2});
        out.flush();

        IdentifierState back = StateCodec.decode(bytes.toByteArray());

        assertThat(back.hasApplied(IdentifierState.memberHash("event-ref-1"))).isTrue();
        assertThat(back.seeCategory(5411)).isFalse();
        assertThat(StateCodec.encode(back, 7)).isEqualTo(known);
    }

    private static byte[] bodyOnly(IdentifierState state) {
        IdentifierState copy = StateCodec.decode(StateCodec.encode(state, 7));
        copy.amounts = null;
        copy.categories = null;
        copy.hours = null;
        copy.appliedEvents = null;
        return StateCodec.encode(copy, 7);
    }

    private static void writeOneMember(CodedOutputStream out, String member) throws IOException {
        out.writeUInt32NoTag(1);
        out.writeSInt64NoTag(T);
        out.writeFixed32NoTag((int) IdentifierState.memberHash(member));
        out.writeUInt64NoTag(0);
        out.writeUInt64NoTag(0);
    }

    /** The committed value decodes to the state below, and that state encodes to the same bytes. */
    @Test
    void theCommittedFormat2ValueStillMeansTheSameState() throws IOException {
        byte[] stored = golden();
        IdentifierState s = StateCodec.decode(stored);

        assertThat(s.version).isEqualTo(0x0102030405060708L);
        assertThat(s.mark(Mark.NEW_DEVICE_AT)).isEqualTo(T - 3600);
        assertThat(s.mark(Mark.PASSWORD_RESET_AT)).isEqualTo(T - 60);
        assertThat(s.mark(Mark.CONTACT_CHANGE_AT)).isEqualTo(T - 120);
        assertThat(s.hasMark(Mark.PAYEE_ADDED_AT)).isFalse();
        assertThat(s.mark(Mark.FAILED_LOGIN_STREAK)).isEqualTo(2);
        assertThat(s.hasPosition).isTrue();
        assertThat(List.of(s.positionAt, s.latitude, s.longitude)).containsExactly(T, 51.5072, -0.1276);

        long tenMinutes = Math.floorDiv(T, 600);
        long hour = Math.floorDiv(T, 3600);
        long day = Math.floorDiv(T, 86400);
        assertThat(series(s, Metric.APPLICATIONS, Granularity.TEN_MINUTES)).containsExactly(tenMinutes + "=1");
        assertThat(series(s, Metric.APPLICATIONS, Granularity.HOUR)).containsExactly(hour + "=1");
        assertThat(series(s, Metric.APPLICATIONS, Granularity.DAY)).containsExactly(day + "=1");
        assertThat(series(s, Metric.EVENTS, Granularity.TEN_MINUTES)).containsExactly((tenMinutes - 1) + "=1", tenMinutes + "=2");
        assertThat(series(s, Metric.EVENTS, Granularity.HOUR)).containsExactly(hour + "=3");
        assertThat(series(s, Metric.FAILED_LOGINS, Granularity.TEN_MINUTES)).containsExactly(tenMinutes + "=1");
        assertThat(series(s, Metric.TRANSACTIONS, Granularity.DAY)).containsExactly((day - 2) + "=1");
        assertThat(series(s, Metric.AMOUNT_CENTS, Granularity.HOUR)).as("3 days back is past the 27 hours kept")
                .containsExactly(hour + "=480000");
        assertThat(series(s, Metric.AMOUNT_CENTS, Granularity.DAY)).containsExactly((day - 3) + "=1250", day + "=480000");
        for (Metric appended : List.of(Metric.SMALL_AMOUNTS, Metric.DECLINES)) {
            for (Granularity g : Granularity.values()) {
                assertThat(series(s, appended, g)).as("metric appended after the value was committed").isEmpty();
            }
        }
        assertThat(Granularity.values()).hasSize(3);
        assertThat(s.amounts).as("no sections in a format-2 value written before they existed").isNull();
        assertThat(s.categories).isNull();
        assertThat(s.hours).isNull();

        assertThat(members(s.links[Link.TENANT.ordinal()]))
                .containsExactly(member("bank-a", T - 86400, T - 86400), member("bank-b", T, T));
        assertThat(members(s.links[Link.CUSTOMER.ordinal()])).containsExactly(member("pseudonym-1", T, T));
        assertThat(members(s.links[Link.DEVICE.ordinal()])).containsExactly(member("pseudonym-2", T - 7200, T - 7200));
        for (Link link : List.of(Link.NATIONAL_ID, Link.EMAIL, Link.PHONE, Link.ADDRESS)) {
            assertThat(members(s.links[link.ordinal()])).as(link.name()).isEmpty();
        }
        assertThat(members(s.sightings)).containsExactly(member("d-device", T - 3600, T - 3600), member("q-payee", T, T));
        assertThat(members(s.labels)).containsExactly(member("event-ref", T, T));

        assertThat(HexFormat.of().formatHex(StateCodec.encode(s, s.version))).isEqualTo(HexFormat.of().formatHex(stored));
        assertThat(HexFormat.of().formatHex(StateCodec.encode(goldenState(), 0x0102030405060708L)))
                .as("the same state built by the window operations").isEqualTo(HexFormat.of().formatHex(stored));
    }

    /** What the committed value holds, built by the operations the engine uses. */
    private static IdentifierState goldenState() {
        IdentifierState s = new IdentifierState(0);
        s.count(Metric.APPLICATIONS, 1, T);
        s.count(Metric.EVENTS, 1, T - 600);
        s.count(Metric.EVENTS, 2, T);
        s.count(Metric.FAILED_LOGINS, 1, T - 60);
        s.count(Metric.TRANSACTIONS, 1, T - 2 * 86400);
        s.count(Metric.AMOUNT_CENTS, 1_250, T - 3 * 86400);
        s.count(Metric.AMOUNT_CENTS, 480_000, T);
        s.firstSight("d-device", Mark.NEW_DEVICE_AT, T - 3600);
        s.firstSight("q-payee", null, T);
        s.touch(Mark.PASSWORD_RESET_AT, T - 60);
        s.touch(Mark.CONTACT_CHANGE_AT, T - 120);
        s.streak(Mark.FAILED_LOGIN_STREAK, true);
        s.streak(Mark.FAILED_LOGIN_STREAK, true);
        // Written before positions were rounded to the grid: a stored value keeps what it holds until its next write.
        s.hasPosition = true;
        s.positionAt = T;
        s.latitude = 51.5072;
        s.longitude = -0.1276;
        s.link(Link.TENANT, "bank-a", T - 86400);
        s.link(Link.TENANT, "bank-b", T);
        s.link(Link.CUSTOMER, "pseudonym-1", T);
        s.link(Link.DEVICE, "pseudonym-2", T - 7200);
        s.addLabel("event-ref", T, Duration.ofDays(95));
        return s;
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = StateCodecTests.class.getResourceAsStream("identifier-value-format-2.hex")) {
            String hex = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).map(String::strip).collect(Collectors.joining());
            return HexFormat.of().parseHex(hex);
        }
    }

    private static List<String> series(IdentifierState s, Metric metric, Granularity granularity) {
        BucketSeries series = s.series[IdentifierState.slot(metric, granularity)];
        List<String> entries = new ArrayList<>();
        for (int i = 0; series != null && i < series.size(); i++) {
            entries.add(series.bucketAt(i) + "=" + series.valueAt(i));
        }
        return entries;
    }

    private static List<String> members(MemberTimes set) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; set != null && i < set.size(); i++) {
            entries.add(Long.toHexString(set.memberAt(i)) + " " + set.firstAt(i) + ".." + set.lastAt(i));
        }
        return entries;
    }

    private static String member(String pseudonym, long first, long last) {
        return Long.toHexString(IdentifierState.memberHash(pseudonym)) + " " + first + ".." + last;
    }
}
