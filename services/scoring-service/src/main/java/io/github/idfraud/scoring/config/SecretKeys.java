package io.github.idfraud.scoring.config;

import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.SecretSettings;
import io.github.idfraud.features.Pseudonymiser;

/**
 * The scoring service's keys, each with the retired keys still accepted during its rotation window (docs/operations.md,
 * "Rotating keys"). Building one validates presence, length and encoding, and names the variable when it fails.
 */
public final class SecretKeys {

    private static final String AES_KEY = "base64 of 32 bytes";

    private SecretKeys() {
    }

    /** Seals the contact an alert carries, for the case service to open (the key both services hold). */
    public static ContactCipher alertCipher(ScoringConfig config) {
        return new ContactCipher(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, contactKey(config),
                SecretSettings.previousKeys(config.contactEncryptionPreviousKeys()));
    }

    /** Verifies the case service's label entries, under the current or a previous contact key. */
    public static LabelEntrySignature labelSignature(ScoringConfig config) {
        return LabelEntrySignature.fromContactKeys(contactKey(config),
                SecretSettings.previousKeys(config.contactEncryptionPreviousKeys()));
    }

    private static String contactKey(ScoringConfig config) {
        return SecretSettings.required(config.contactEncryptionKey(), EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY,
                AES_KEY);
    }

    /** Seals the verified-contact vault in Redis: a key only the scoring service holds. */
    public static ContactCipher vaultCipher(ScoringConfig config) {
        return new ContactCipher(EnvironmentVariables.FRAUD_VAULT_KEY,
                SecretSettings.required(config.vaultKey(), EnvironmentVariables.FRAUD_VAULT_KEY, AES_KEY),
                SecretSettings.previousKeys(config.vaultPreviousKeys()));
    }

    /** Pseudonyms of identifiers under the current key, and under the retiring one while it is configured. */
    public static Pseudonymiser pseudonymiser(ScoringConfig config) {
        return new Pseudonymiser(SecretSettings.required(config.pseudonymisationKey(),
                EnvironmentVariables.FRAUD_PSEUDONYMISATION_KEY, "at least " + Pseudonymiser.MIN_SECRET_LENGTH + " characters"),
                config.pseudonymisationPreviousKey().filter(key -> !key.isBlank()).orElse(null));
    }
}
