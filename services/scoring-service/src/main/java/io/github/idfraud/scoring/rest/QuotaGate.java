package io.github.idfraud.scoring.rest;

import io.github.idfraud.scoring.quota.TenantQuotas;
import io.github.idfraud.scoring.security.Roles;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a tenant whose quota is spent before its body is parsed: a tenant far over its quota would otherwise have
 * every refused request parsed and validated, CPU the other tenants' requests wait for. The resource still takes
 * the exact number of tokens once the body is known ({@link TenantQuotas#take}); this only turns away callers
 * that could not get even one. The body is read first (not parsed): a response sent with the body unread would
 * cost the caller its kept-alive connection, and a reconnect per refusal costs more than the read.
 */
public class QuotaGate {

    /** The resources whose every call takes tokens. */
    private static final Set<Class<?>> METERED = Set.of(EventResource.class, LabelResource.class);

    private final TenantQuotas quotas;

    QuotaGate(TenantQuotas quotas) {
        this.quotas = quotas;
    }

    @SuppressWarnings("deprecation") // readBody: the one way to run after the read and before the parse
    @ServerRequestFilter(readBody = true)
    void refuseSpentTenants(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (!METERED.contains(resource.getResourceClass())) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() != null && security.isUserInRole(Roles.TENANT)) {
            quotas.requireAny(security.getUserPrincipal().getName());
        }
    }
}
