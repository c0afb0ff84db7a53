package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The constants whose ids Redis stores (in identifier values, {@link StateCodec}) or whose codes it stores (in keys and
 * pseudonyms): each list is pinned in declaration order, so a reordered, inserted, renamed or renumbered constant
 * fails here before it can change what stored bytes mean.
 */
class StoredIdsTests {

    private static final String STORED_IDS = "ids are stored in Redis: append new constants with a new id, never reuse or renumber";

    @Test
    void metricIdsArePinned() {
        assertPinned(Metric.values(), Metric::id,
                "APPLICATIONS=0", "EVENTS=1", "FAILED_LOGINS=2", "TRANSACTIONS=3", "AMOUNT_CENTS=4",
                "SMALL_AMOUNTS=5", "DECLINES=6", "NEW_PAYEE_TRANSFERS=7");
    }

    @Test
    void granularityIdsArePinned() {
        assertPinned(Granularity.values(), Granularity::id, "TEN_MINUTES=0", "HOUR=1", "DAY=2");
    }

    @Test
    void markIdsArePinned() {
        assertPinned(Mark.values(), Mark::id, "NEW_DEVICE_AT=0", "PASSWORD_RESET_AT=1", "CONTACT_CHANGE_AT=2",
                "PAYEE_ADDED_AT=3", "FAILED_LOGIN_STREAK=4");
    }

    @Test
    void linkIdsArePinned() {
        assertPinned(Link.values(), Link::id,
                "TENANT=0", "NATIONAL_ID=1", "EMAIL=2", "PHONE=3", "ADDRESS=4", "DEVICE=5", "CUSTOMER=6",
                "SMALL_AMOUNT_MERCHANT=7");
    }

    @Test
    void sectionIdsArePinned() {
        assertPinned(Section.values(), Section::id, "AMOUNT_PROFILE=1", "MERCHANT_CATEGORIES=2", "HOUR_PROFILE=3",
                "APPLIED_EVENTS=4");
    }

    @Test
    void identifierKindCodesArePinned() {
        List<String> actual = Arrays.stream(IdentifierKind.values()).map(k -> k.name() + "=" + k.code()).toList();
        assertThat(actual).as("IdentifierKind codes are stored in Redis keys and pseudonyms (and names in stored "
                        + "identity keys): append new constants with a new code, never reuse or change one")
                .containsExactly("NATIONAL_ID=n", "EMAIL=e", "PHONE=p", "ADDRESS=a", "DEVICE=d", "IP=i", "CUSTOMER=c",
                        "COUNTERPARTY=x", "CARD=k", "PAYEE_ACCOUNT=y");
    }

    @Test
    void storedIdsAreUniqueAndFitTheFormat() {
        assertUnique(Metric.values(), Metric::id);
        assertUnique(Granularity.values(), Granularity::id);
        assertUnique(Mark.values(), Mark::id);
        assertUnique(Link.values(), Link::id);
        assertUnique(Section.values(), Section::id);
        assertUnique(IdentifierKind.values(), k -> k.code().codePointAt(0));
        assertThat(Arrays.stream(Granularity.values()).mapToInt(Granularity::id).max().orElseThrow())
                .as("format 2 stores a series as metric id * 3 + granularity id: another granularity needs a new format")
                .isLessThan(StateCodec.GRANULARITY_IDS);
        assertThat(Arrays.stream(Mark.values()).mapToInt(Mark::id).max().orElseThrow())
                .as("mark ids are bits of a 32-bit mask").isLessThan(StateCodec.MARK_IDS);
    }

    @Test
    void aDuplicateIdIsRefusedWhenTheCodecLoads() {
        assertThatThrownBy(() -> StateCodec.byId(Mark.values(), m -> m == Mark.FAILED_LOGIN_STREAK ? 0 : m.id(), 32))
                .hasMessageContaining("FAILED_LOGIN_STREAK and NEW_DEVICE_AT share the stored id 0");
    }

    private static <E extends Enum<E>> void assertPinned(E[] constants, ToIntFunction<E> id, String... expected) {
        List<String> actual = Arrays.stream(constants).map(e -> e.name() + "=" + id.applyAsInt(e)).toList();
        assertThat(actual).as(constants[0].getDeclaringClass().getSimpleName() + " " + STORED_IDS)
                .containsExactly(expected);
    }

    private static <E extends Enum<E>> void assertUnique(E[] constants, ToIntFunction<E> id) {
        assertThat(Arrays.stream(constants).map(e -> id.applyAsInt(e)).toList())
                .as(constants[0].getDeclaringClass().getSimpleName() + " " + STORED_IDS).doesNotHaveDuplicates();
    }
}
