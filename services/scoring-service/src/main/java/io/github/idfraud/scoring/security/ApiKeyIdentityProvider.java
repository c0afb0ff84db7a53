package io.github.idfraud.scoring.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Turns a presented key into an identity: a tenant key into the tenant (principal = tenant name, role
 * {@value Roles#TENANT}), the admin key into the operator (role {@value Roles#ADMIN}). Keys are compared in
 * constant time ({@link TenantKeys}, {@link AdminKey}); no key matching fails the authentication (401).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private static final String ADMIN_PRINCIPAL = "admin";

    private final TenantKeys tenantKeys;
    private final AdminKey adminKey;

    ApiKeyIdentityProvider(TenantKeys tenantKeys, AdminKey adminKey) {
        this.tenantKeys = tenantKeys;
        this.adminKey = adminKey;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        Optional<SecurityIdentity> identity = switch (request.realm()) {
            case TENANT -> tenantKeys.tenantFor(request.key()).map(tenant -> identity(tenant, Roles.TENANT));
            case ADMIN -> adminKey.matches(request.key())
                    ? Optional.of(identity(ADMIN_PRINCIPAL, Roles.ADMIN)) : Optional.empty();
        };
        return identity.map(found -> Uni.createFrom().item(found))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("unknown API key")));
    }

    private static SecurityIdentity identity(String principal, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(principal)).addRole(role).build();
    }
}
