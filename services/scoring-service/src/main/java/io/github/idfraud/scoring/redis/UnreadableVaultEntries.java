package io.github.idfraud.scoring.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Vault entries that do not open (sealed under a retired or unknown key, tampered with, truncated). Each is treated as
 * absent, so no alert carries a contact it cannot vouch for, and counted in {@code fraud_vault_unreadable_total{tenant}}
 * for an alert rule: a burst means a key was dropped too early or the vault was written by someone else. One WARN line
 * a minute at most says how many, never which customer or what it held.
 */
@Singleton
public class UnreadableVaultEntries {

    private static final Logger LOG = Logger.getLogger(UnreadableVaultEntries.class);

    private final MeterRegistry registry;
    private final LogThrottle lines = new LogThrottle(Duration.ofMinutes(1), System::nanoTime);

    UnreadableVaultEntries(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Notes one entry that did not open while answering {@code tenant}'s event. */
    void record(String tenant, IllegalArgumentException why) {
        Counter.builder("fraud.vault.unreadable").description("verified-contact vault entries that did not open and were "
                + "treated as absent").tag("tenant", tenant).register(registry).increment();
        long heldBack = lines.admit();
        if (heldBack >= 0) {
            // the exception's class only: the rule is to log no message that could ever carry data
            LOG.warnf("an unreadable verified-contact vault entry (%s) was treated as absent; %d more since the last "
                    + "line; see fraud_vault_unreadable_total", why.getClass().getSimpleName(), heldBack);
        }
    }
}
