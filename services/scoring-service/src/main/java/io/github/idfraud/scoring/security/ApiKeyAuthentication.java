package io.github.idfraud.scoring.security;

import io.github.idfraud.problem.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every /v1 call must carry {@code Authorization: Bearer <tenant API key>}, every /admin call the admin key; else 401. */
public class ApiKeyAuthentication {

    private static final String BEARER = "Bearer ";

    private final TenantKeys keys;
    private final AdminKey adminKey;
    private final Caller caller;

    ApiKeyAuthentication(TenantKeys keys, AdminKey adminKey, Caller caller) {
        this.keys = keys;
        this.adminKey = adminKey;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String presented = header.substring(BEARER.length()).trim();
            if (request.getUriInfo().getPath().startsWith("/admin")) {
                return adminKey.matches(presented) ? Optional.empty() : Optional.of(refused());
            }
            Optional<String> tenant = keys.tenantFor(presented);
            if (tenant.isPresent()) {
                caller.authenticatedAs(tenant.get());
                return Optional.empty();
            }
        }
        return Optional.of(refused());
    }

    private static Response refused() {
        Response refused = Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                "send Authorization: Bearer <your API key>", List.of());
        return Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
