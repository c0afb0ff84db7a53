package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantPairsTests {

    @Test
    void theTenantEndsAtTheFirstColonBlankEntriesAreSkippedAndATenantMayRepeat() {
        assertThat(TenantPairs.parse("S", Optional.of(" bank-a:k:1 ,, bank-b : 0.5 , bank-a:k2"), "bank-a:x"))
                .containsExactly(Map.entry("bank-a", "k:1"), Map.entry("bank-b", "0.5"), Map.entry("bank-a", "k2"));
        assertThat(TenantPairs.parse("S", Optional.empty(), "bank-a:x")).isEmpty();
    }

    @Test
    void aMalformedEntryNamesTheSettingButNeverEchoesTheValue() {
        assertThatThrownBy(() -> TenantPairs.parse("FRAUD_API_KEYS", Optional.of("bank-a:ok,s3cr3t-without-tenant"),
                "bank-a:a-long-random-key"))
                .hasMessageContaining("FRAUD_API_KEYS").hasMessageContaining("tenant:value")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> TenantPairs.parse("S", Optional.of("bank-a:"), "bank-a:x"))
                .hasMessageContaining("tenant:value");
    }
}
