package io.github.idfraud.scoring.config;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.ThrowawaySecrets;
import io.github.idfraud.features.TimeBounds;
import io.github.idfraud.scoring.security.AdminKey;
import io.github.idfraud.scoring.security.TenantKeys;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Refuses to start without the secrets or, outside dev mode, with a dev or test one, so a misconfigured instance never takes traffic; warns of unbounded time. */
@Singleton
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    void onStart(@Observes StartupEvent event, ScoringConfig config, TenantKeys keys, AdminKey adminKey,
                 TimeBounds timeBounds, Config settings) {
        if (!LaunchMode.current().isDevOrTest()) {
            ThrowawaySecrets.refuseAny(settings, "scoring-service");
            refuseShortKeys(keys, adminKey);
        }
        // Constructing them validates presence, length and encoding, and names the variable when it fails.
        SecretKeys.pseudonymiser(config);
        if (SecretKeys.vaultCipher(config).keyId().equals(SecretKeys.alertCipher(config).keyId())) {
            throw new IllegalStateException(EnvironmentVariables.FRAUD_VAULT_KEY + " must differ from "
                    + EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY + ": the case service holds that one");
        }
        if (keys.tenants().isEmpty()) {
            LOG.warn("no tenant API keys configured (" + EnvironmentVariables.FRAUD_API_KEYS + "): every scoring call will be refused with 401");
        } else {
            LOG.infof("accepting %d tenants", keys.tenants().size());
        }
        if (!timeBounds.bounded()) {
            LOG.warn("time bounds are off (" + EnvironmentVariables.FRAUD_TIME_BOUNDS_ENABLED + "=false): any caller can "
                    + "date an event ahead and wipe shared feature windows; only for replaying simulated history");
        }
    }

    /** Names the tenants, never the keys. */
    public static void refuseShortKeys(TenantKeys keys, AdminKey adminKey) {
        if (!keys.tenantsWithShortKeys().isEmpty()) {
            throw new IllegalStateException(EnvironmentVariables.FRAUD_API_KEYS + ": the keys of "
                    + String.join(", ", keys.tenantsWithShortKeys()) + " are shorter than " + TenantKeys.MIN_KEY_LENGTH
                    + " characters; use long random tokens");
        }
        if (adminKey.tooShort()) {
            throw new IllegalStateException(EnvironmentVariables.FRAUD_ADMIN_KEY + " is shorter than "
                    + AdminKey.MIN_LENGTH + " characters; use a long random token");
        }
    }
}
