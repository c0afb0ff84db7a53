package io.github.idfraud.cases.security;

import io.github.idfraud.cases.config.CaseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The banks this deployment serves ({@code fraud.analyst-tenants}); the start-up checks make prod name them. */
@ApplicationScoped
public class ServedTenants {

    private final Set<String> tenants;
    private final boolean any;

    ServedTenants(CaseConfig config) {
        List<String> listed = config.analystTenants().orElse(List.of());
        this.tenants = Set.copyOf(listed);
        this.any = listed.contains(CaseConfig.ANY_TENANT);
    }

    public boolean includes(String tenant) {
        return any || tenants.contains(tenant);
    }
}
