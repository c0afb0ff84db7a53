package io.github.idfraud.scoring.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns a presented key into an identity: a tenant key into the tenant (principal = tenant name, role
 * {@value Roles#TENANT}), the admin key into the operator (role {@value Roles#ADMIN}). Keys are compared in
 * constant time ({@link TenantKeys}, {@link AdminKey}); no key matching fails the authentication (401) and counts
 * against the client's address ({@link FailedAuthentications}), which past its allowance is refused (429).
 */
@Singleton
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private static final String ADMIN_PRINCIPAL = "admin";

    private final TenantKeys tenantKeys;
    private final AdminKey adminKey;
    private final FailedAuthentications failures;

    ApiKeyIdentityProvider(TenantKeys tenantKeys, AdminKey adminKey, FailedAuthentications failures) {
        this.tenantKeys = tenantKeys;
        this.adminKey = adminKey;
        this.failures = failures;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        String address = clientAddress(request);
        Duration wait = failures.waitBeforeTrying(address);
        if (!wait.isZero()) {
            return Uni.createFrom().failure(new AuthenticationThrottledException(wait));
        }
        Optional<SecurityIdentity> identity = switch (request.realm()) {
            case TENANT -> tenantKeys.tenantFor(request.key()).map(tenant -> identity(tenant, Roles.TENANT));
            case ADMIN -> adminKey.matches(request.key())
                    ? Optional.of(identity(ADMIN_PRINCIPAL, Roles.ADMIN)) : Optional.empty();
        };
        if (identity.isEmpty()) {
            failures.failed(address);
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
        }
        return Uni.createFrom().item(identity.get());
    }

    private static String clientAddress(ApiKeyAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static SecurityIdentity identity(String principal, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(principal)).addRole(role).build();
    }
}
