package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The compact per-customer structures behind the baseline features: what they approximate and how they stay small. */
class CustomerHabitsTests {

    private static final long T = 1_793_000_000L;
    private static final long DAY = 86400;

    @Test
    void theTypicalAmountIsTheMedianWithinABandAndForgetsOldPayments() {
        AmountProfile profile = new AmountProfile();
        for (int day = 80; day > 50; day--) {
            profile.add(500.0, T - day * DAY);
        }
        for (int day = 10; day > 0; day--) {
            profile.add(20.0, T - day * DAY);
        }

        AmountBaseline recent = profile.baseline(AmountProfile.Horizon.DAYS_30, T);
        AmountBaseline longer = profile.baseline(AmountProfile.Horizon.DAYS_90, T);

        assertThat(Math.expm1(recent.medianLog())).as("30 payments of 500 two months ago weigh less than 10 of 20 lately")
                .isBetween(20 / 1.65, 20 * 1.65);
        assertThat(Math.expm1(longer.medianLog())).as("with a 90-day memory the older habit still counts")
                .isGreaterThan(100);
        assertThat(recent.ratioToMedian(20.0)).isCloseTo(1.0, within(0.4));
        assertThat(recent.deviation(20.0)).isCloseTo(0.0, within(0.5));
        assertThat(recent.deviation(2000.0)).as("the spread spans both habits, so only a few spreads").isGreaterThan(1.5);
    }

    @Test
    void aFadedHistoryIsNoBaselineAndAnEmptyProfileIsNotStored() {
        AmountProfile profile = new AmountProfile();
        profile.add(50.0, T - 200 * DAY);
        assertThat(profile.baseline(AmountProfile.Horizon.DAYS_30, T)).isNull();
        assertThat(profile.baseline(AmountProfile.Horizon.DAYS_90, T - 199 * DAY)).isNotNull();
        profile.add(50.0, T);
        assertThat(profile.baseline(AmountProfile.Horizon.DAYS_30, T)).isNotNull();
        assertThat(new AmountProfile().isEmpty()).isTrue();
    }

    @Test
    void hourCountsAreHalvedBeforeTheyNeedTwoBytes() {
        HourProfile hours = new HourProfile();
        for (int i = 0; i < HourProfile.HALVE_AT - 1; i++) {
            hours.add(T);
        }
        hours.add(T + 3600);
        assertThat(hours.total()).isEqualTo(HourProfile.HALVE_AT);
        hours.add(T);
        assertThat(hours.around(T)).as("63 + 1 reached the cap: halved to 32, the neighbour to 0").isEqualTo(32);
    }

    @Test
    void categoriesPastTheCapStayNew() {
        MerchantCategories categories = new MerchantCategories();
        for (int code = 0; code < MerchantCategories.CAP; code++) {
            assertThat(categories.see(code)).isTrue();
        }
        assertThat(categories.see(5)).isFalse();
        assertThat(categories.see(9999)).isTrue();
        assertThat(categories.see(9999)).as("not recorded past the cap").isTrue();
    }

    @Test
    void whatNoWindowReadsIsForgottenBeforeTheValueIsStored() {
        IdentifierState state = new IdentifierState(0);
        state.count(Metric.SMALL_AMOUNTS, 1, T);
        state.link(Link.SMALL_AMOUNT_MERCHANT, "m-1", T);
        state.link(Link.CUSTOMER, "c-1", T);
        state.forgetExpired(T + 4 * 3600);
        assertThat(state.sum(Metric.SMALL_AMOUNTS, Window.HOUR, T)).isZero();
        assertThat(state.distinct(Link.SMALL_AMOUNT_MERCHANT, Window.HOUR, T)).isZero();
        assertThat(state.distinct(Link.CUSTOMER, 7, T + 4 * 3600)).as("a month's links are kept").isEqualTo(1);
    }
}
