package io.github.idfraud.scoring.config;

import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.security.TenantKeys;
import io.github.idfraud.scoring.service.AlertPublisher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Builds the secret-holding beans at start, so a missing secret stops the service before it takes traffic. */
@Singleton
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    void onStart(@Observes StartupEvent event, Pseudonymiser pseudonymiser, AlertPublisher alerts, TenantKeys keys) {
        if (keys.tenants().isEmpty()) {
            LOG.warn("no tenant API keys configured (FRAUD_API_KEYS): every scoring call will be refused with 401");
        } else {
            LOG.infof("accepting %d tenants", keys.tenants().size());
        }
    }
}
