package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureSchemaTests {

    @Test
    void everyFeatureHasAUniqueNameAndAMeaning() {
        assertThat(new HashSet<>(FeatureSchema.names())).hasSize(Feature.values().length);
        for (Feature f : Feature.values()) {
            assertThat(f.meaning()).as(f.name()).isNotBlank();
        }
    }

    @Test
    void descriptionsFillInTheValueReadably() {
        assertThat(Feature.NATIONAL_ID_APPLICATIONS_24H.describe(6))
                .isEqualTo("6 account applications with this national ID in 24 hours, across all banks");
        assertThat(Feature.HOURS_SINCE_PASSWORD_RESET.describe(0.25)).isEqualTo("the password was reset 15 minutes earlier");
        assertThat(Feature.HOURS_SINCE_PASSWORD_RESET.isInformative(Feature.NEVER_HOURS)).isFalse();
        assertThat(Feature.DEVICE_FRAUD_LABELS_90D.isInformative(0)).isFalse();
        assertThat(Feature.DEVICE_FRAUD_LABELS_90D.isInformative(2)).isTrue();
    }

    @Test
    void aFractionIsShownToOneDecimalAsFormatRoundsIt() {
        SplittableRandom random = new SplittableRandom(20261204);
        for (int i = 0; i < 200_000; i++) {
            // amounts, ratios and hours: wide magnitudes, and exact halves (x.x5) where the two roundings could part
            double value = switch (i % 3) {
                case 0 -> random.nextDouble(0, 100_000);
                case 1 -> Math.round(random.nextDouble(0, 1_000) * 100) / 100.0;
                default -> random.nextDouble(-50, 50);
            };
            String formatted = String.format(Locale.ROOT, "%.1f", value);
            assertThat(Feature.oneDecimal(value)).as("%s", value)
                    .isEqualTo(formatted.equals("-0.0") ? "0.0" : formatted);
        }
        assertThat(Feature.oneDecimal(0.25)).isEqualTo("0.3");
        assertThat(Feature.oneDecimal(-0.04)).isEqualTo("0.0");
    }

    @Test
    void featuresOverIdentifiersEveryBankSharesAreCrossBank() {
        assertThat(Feature.NATIONAL_ID_APPLICATIONS_24H.crossBank()).isTrue();
        assertThat(Feature.EMAIL_AGE_DAYS.crossBank()).isTrue();
        assertThat(Feature.DEVICE_SMALL_AMOUNTS_1H.crossBank()).isTrue();
        assertThat(Feature.IP_DISTINCT_CUSTOMERS_2D.crossBank()).isTrue();
        assertThat(Feature.PAYEE_ACCOUNT_FRAUD_LABELS_90D.crossBank()).isTrue();
        assertThat(Feature.CUSTOMER_EVENTS_24H.crossBank()).isFalse();
        assertThat(Feature.COUNTERPARTY_FRAUD_LABELS_90D.crossBank()).as("counterparties are the bank's own").isFalse();
        assertThat(Feature.IMPOSSIBLE_TRAVEL.crossBank()).isFalse();
        assertThat(Feature.TYPE_ACCOUNT_OPENING.crossBank()).isFalse();
    }

    @Test
    void aModelWithOtherFeaturesIsRefusedWithBothLists() {
        Set<String> names = new HashSet<>(FeatureSchema.names());
        names.remove("device_events_1h");
        names.add("shoe_size");
        assertThatThrownBy(() -> FeatureSchema.requireCompatible(names))
                .hasMessageContaining("missing [device_events_1h]").hasMessageContaining("unknown [shoe_size]");
        FeatureSchema.requireCompatible(Set.copyOf(FeatureSchema.names()));
    }
}
