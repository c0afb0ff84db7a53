package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
        assertThat(back.version).isEqualTo(0x0102030405060708L);
        assertThat(back.sum(Metric.AMOUNT_CENTS, Window.MONTH, T)).isEqualTo(481_250);
        assertThat(back.sum(Metric.AMOUNT_CENTS, Window.DAY, T)).isEqualTo(480_000);
        assertThat(back.sum(Metric.EVENTS, Window.HOUR, T)).isEqualTo(1);
        assertThat(back.mark(Mark.PASSWORD_RESET_AT)).isEqualTo(T - 60);
        assertThat(back.mark(Mark.CONTACT_CHANGE_AT)).isEqualTo(-1);
        assertThat(back.position(0, 0, T + 1)).isEqualTo(T + ",51.5072,-0.1276");
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
}
