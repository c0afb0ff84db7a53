package io.github.idfraud.scoring.security;

import io.github.idfraud.scoring.rest.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every /v1 call must carry {@code Authorization: Bearer <tenant API key>}; anything else is a 401. */
public class ApiKeyAuthentication {

    private static final String BEARER = "Bearer ";

    private final TenantKeys keys;
    private final Caller caller;

    ApiKeyAuthentication(TenantKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<String> tenant = keys.tenantFor(header.substring(BEARER.length()).trim());
            if (tenant.isPresent()) {
                caller.authenticatedAs(tenant.get());
                return Optional.empty();
            }
        }
        Response refused = Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                "send Authorization: Bearer <your tenant API key>", List.of());
        return Optional.of(Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }
}
