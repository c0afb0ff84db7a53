package io.github.idfraud.cases.config;

import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.cases.security.LinkSigner;
import io.github.idfraud.cases.webhook.WebhookTargets;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.Hmac;
import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.SecretSettings;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The beans that hold secrets, built once from configuration; a missing secret fails here, at start. */
@Singleton
public class SecretBeans {

    @Produces
    @Singleton
    ContactCipher contactCipher(CaseConfig config) {
        return new ContactCipher(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, contactKey(config),
                SecretSettings.previousKeys(config.contactEncryptionPreviousKeys()));
    }

    private static String contactKey(CaseConfig config) {
        return SecretSettings.required(config.contactEncryptionKey(), EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY,
                "base64 of 32 bytes, the same key as the scoring service");
    }

    /** Seals and opens the banks' event ids, under the contact-encryption key. */
    @Produces
    @Singleton
    EventIdSeal eventIdSeal(ContactCipher cipher, CaseConfig config) {
        return new EventIdSeal(cipher, contactKey(config));
    }

    /** Signs the labels stream's entries with a key derived from the contact-encryption key. */
    @Produces
    @Singleton
    LabelEntrySignature labelEntrySignature(CaseConfig config) {
        return LabelEntrySignature.fromContactKeys(contactKey(config),
                SecretSettings.previousKeys(config.contactEncryptionPreviousKeys()));
    }

    @Produces
    @Singleton
    Hmac linkHmac(CaseConfig config) {
        return new Hmac(config.linkSigningKey().orElseThrow(() -> new IllegalStateException(
                EnvironmentVariables.FRAUD_LINK_SIGNING_KEY + " is required (at least " + Hmac.MIN_SECRET_LENGTH + " characters)")),
                EnvironmentVariables.FRAUD_LINK_SIGNING_KEY);
    }

    @Produces
    @Singleton
    LinkSigner linkSigner(Hmac hmac, CaseConfig config) {
        return new LinkSigner(hmac, SecretSettings.previousKeys(config.linkSigningPreviousKeys()).stream()
                .map(key -> new Hmac(key, EnvironmentVariables.FRAUD_LINK_SIGNING_PREVIOUS_KEYS)).toList());
    }

    /** Optional: a bank without a webhook gets none; a half-configured one stops the service. */
    @Produces
    @Singleton
    WebhookTargets webhookTargets(CaseConfig config) {
        return new WebhookTargets(config.webhook());
    }
}
