package io.github.idfraud.cases.security;

import io.github.idfraud.cases.service.CaseWorkflow;
import io.github.idfraud.contract.AnalystRoles;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The analyst behind the current request, from their verified bearer JWT: the {@code tenant} claim confines them
 * to one bank's cases; {@code groups} carries {@value #ANALYST} or {@value #SUPERVISOR}.
 */
@RequestScoped
public class Analyst {

    public static final String ANALYST = AnalystRoles.ANALYST;
    public static final String SUPERVISOR = AnalystRoles.SUPERVISOR;
    public static final String OPERATOR = AnalystRoles.OPERATOR;
    public static final String TENANT_CLAIM = "tenant";

    private final JsonWebToken jwt;
    private final ServedTenants served;

    Analyst(JsonWebToken jwt, ServedTenants served) {
        this.jwt = jwt;
        this.served = served;
    }

    /** The caller's tenant; a token without one authenticates nobody, one naming a bank not served here is refused. */
    public String tenant() {
        Object claim = jwt.getClaim(TENANT_CLAIM);
        String tenant = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
        if (tenant == null || tenant.isBlank()) {
            throw new NotAuthorizedException("the bearer token has no tenant claim", "Bearer");
        }
        if (!served.includes(tenant)) {
            throw new ForbiddenException("the bearer token's tenant is not served here");
        }
        return tenant;
    }

    /** Who acts, as recorded in the audit trail: {@code upn}, else {@code preferred_username}, else {@code sub}. */
    public String name() {
        String name = jwt.getName();
        return name == null || name.isBlank() ? "unknown" : name;
    }

    public boolean isSupervisor() {
        return jwt.getGroups() != null && jwt.getGroups().contains(SUPERVISOR);
    }

    /** The caller as the workflow sees them. */
    public CaseWorkflow.Actor actor() {
        return new CaseWorkflow.Actor(name(), isSupervisor());
    }
}
