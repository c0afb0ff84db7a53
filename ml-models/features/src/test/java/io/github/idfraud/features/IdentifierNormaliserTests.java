package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.Address;
import org.junit.jupiter.api.Test;

class IdentifierNormaliserTests {

    private final IdentifierNormaliser normaliser = new IdentifierNormaliser();
    private final Pseudonymiser pseudonymiser = new Pseudonymiser(RedisFixture.SECRET);

    @Test
    void phonesWrittenDifferentlyBecomeOneE164Number() {
        assertThat(normaliser.phone("07700 900123", "GB")).isEqualTo("+447700900123");
        assertThat(normaliser.phone("0044 7700-900123", null)).isEqualTo("+447700900123");
        assertThat(normaliser.phone(" +44 (0)7700 900123 ".replace("(0)", ""), null)).isEqualTo("+447700900123");
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(normaliser.email("  Jane.Doe@Example.COM ")).isEqualTo("jane.doe@example.com");
    }

    @Test
    void addressesIgnoreCaseAccentsAndPunctuation() {
        var a = normaliser.address(new Address("1, Rue de l'Église", null, "Paris", "75001", "FR"));
        var b = normaliser.address(new Address("1 RUE DE L EGLISE", null, "PARIS", "75 001", "FR"));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void pseudonymsAreStableKeyedAndTenantScopedOnlyWhereTheyShouldBe() {
        assertThat(pseudonymiser.pseudonym(IdentifierKind.EMAIL, "bank-a", "x@example.com"))
                .isEqualTo(pseudonymiser.pseudonym(IdentifierKind.EMAIL, "bank-b", "x@example.com"))
                .isNotEqualTo(new Pseudonymiser("another-secret-of-at-least-32-characters").pseudonym(IdentifierKind.EMAIL, "bank-a", "x@example.com"));
        assertThat(pseudonymiser.pseudonym(IdentifierKind.CUSTOMER, "bank-a", "c-1"))
                .isNotEqualTo(pseudonymiser.pseudonym(IdentifierKind.CUSTOMER, "bank-b", "c-1"));
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new Pseudonymiser("short")).hasMessageContaining("FRAUD_PSEUDONYMISATION_KEY");
    }
}
